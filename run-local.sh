#!/usr/bin/env bash
# Builds what is needed and starts the whole platform on this machine: see docs/local-platform.md.
# Options are passed to the launcher, e.g. ./run-local.sh --kafka-port=19092 --data-dir=/tmp/platform
set -euo pipefail
cd "$(dirname "$0")"
echo "Building the platform..."
./mvnw -q -B -DskipTests package
exec java -jar platform-local/target/platform-local-exec.jar "$@"
