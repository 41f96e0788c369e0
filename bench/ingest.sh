#!/usr/bin/env bash
# Latency of one more report into a live timeline holding about a million records.
# Usage: bench/ingest.sh [EPISODES (default 80000)] [MEASURED (default 2000)]; BENCH_HEAP (default 8g).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q test-compile -Dspotless.check.skip=true 1>&2
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp-test.txt 1>&2
cp="$(cat target/cp-test.txt)"
exec java -Xmx"${BENCH_HEAP:-8g}" -cp "target/test-classes:target/classes:$cp" dev.entente.bench.IngestLatency "$@"
