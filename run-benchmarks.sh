#!/usr/bin/env bash
# Builds the platform and the benchmark, then measures: writes docs/benchmarks.md and docs/benchmarks.json.
# Takes about a quarter of an hour; run it on a quiet machine. Options: --ramp=25,50,100 --step-seconds=30 --steady-seconds=60
# --nominees-per-class=400 --service-jvm-options="<flags>" (added to the services') --launcher-jvm-options="<flags>" (given to the launcher's JVM)
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests package
exec java -jar benchmarks/target/benchmarks-exec.jar "$@"
