#!/usr/bin/env bash
# JMH benchmarks of the hot paths (date resolution, actor matching, pair scoring, JSON reading,
# reconciling the seeds). Usage: bench/jmh.sh [JMH options, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
# shellcheck source=bench/test-classpath.sh
source "$(dirname "${BASH_SOURCE[0]}")/test-classpath.sh"
exec java -Dentente.repo="$root" -cp "$test_cp" org.openjdk.jmh.Main "${@:-HotPathsBenchmark}"
