#!/usr/bin/env bash
# Builds what is needed and starts the whole platform on this machine: see docs/local-platform.md.
# Options are passed to the launcher, e.g. ./run-local.sh --kafka-port=19092 --data-dir=/tmp/platform
set -euo pipefail
cd "$(dirname "$0")"
echo "Building the platform..."
./mvnw -q -B -DskipTests package
# the launcher's JVM flags (docs/local-platform.md); a JDK without the Shenandoah collector runs it on its default one
launcher_options=@platform-local/launcher.jvm-options
if ! java "$launcher_options" -version > /dev/null 2>&1; then
  echo "This JDK has no Shenandoah collector: the broker and the store run on its default one, with longer pauses."
  launcher_options=-Xmx1g
fi
exec java "$launcher_options" -jar platform-local/target/platform-local-exec.jar "$@"
