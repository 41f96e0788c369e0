#!/usr/bin/env bash
# JMH benchmarks of the hot paths (date resolution, actor matching, pair scoring, JSON reading,
# reconciling the seeds). Usage: bench/jmh.sh [JMH options, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q test-compile -Dspotless.check.skip=true 1>&2
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp-test.txt 1>&2
cp="$(cat target/cp-test.txt)"
exec java -Dentente.repo="$root" -cp "target/test-classes:target/classes:$cp" org.openjdk.jmh.Main "${@:-HotPathsBenchmark}"
