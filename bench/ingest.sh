#!/usr/bin/env bash
# Latency of one more report into a live timeline holding about a million records.
# Usage: bench/ingest.sh [EPISODES (default 80000)] [MEASURED (default 2000)]; BENCH_HEAP (default 8g).
set -euo pipefail
# shellcheck source=bench/test-classpath.sh
source "$(dirname "${BASH_SOURCE[0]}")/test-classpath.sh"
exec java -Xmx"${BENCH_HEAP:-8g}" -cp "$test_cp" dev.entente.bench.IngestLatency "$@"
