#!/usr/bin/env bash
# The single-machine path against SparkReconciler on local[2] for one corpus (docs/distributed.md).
# Usage: bench/spark.sh CORPUS.jsonl PARTITIONS [OUT_DIR]
# Environment: SINGLE_HEAP (default 3g), SPARK_HEAP (default 6g), SPARK_MASTER (default local[2]).
# Prints, for each path, wall seconds, peak RSS (KB), user and system CPU seconds, and the load
# average before and after; then compares the two timelines (bench/CompareTimelines.java).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$1"; parts="$2"; out="${3:-$root/target/bench-spark}"
mkdir -p "$out/local"
name="$(basename "$corpus" .jsonl)"
(cd "$root" && mvn -B -q package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true 1>&2 \
  && mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp-compile.txt -Dmdep.includeScope=compile 1>&2)
jar="$(ls "$root"/target/entente-*-cli.jar | head -n 1)"
# Copies, so that a rebuild during the runs does not change what runs.
cp "$jar" "$out/entente-cli.jar"
opens="$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' "$root/pom.xml")"

echo "single: $(uptime)"
/usr/bin/time -f "single wall_s=%e rss_kb=%M user_s=%U sys_s=%S" \
  java -Xmx"${SINGLE_HEAP:-3g}" -jar "$out/entente-cli.jar" reconcile "$corpus" >"$out/single-$name.json"
echo "single done: $(uptime)"

echo "spark: $(uptime)"
# What spark-submit --master local[2] would run; the compile class path holds the provided Spark.
# shellcheck disable=SC2086
/usr/bin/time -o "$out/spark-$name.time" -f "spark wall_s=%e rss_kb=%M user_s=%U sys_s=%S" \
  java -Xmx"${SPARK_HEAP:-6g}" $opens \
  -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Dspark.ui.enabled=false \
  -Dspark.local.dir="$out/local" \
  -cp "$out/entente-cli.jar:$(cat "$root/target/cp-compile.txt")" \
  dev.entente.cli.Main spark-reconcile --master "${SPARK_MASTER:-local[2]}" --partitions "$parts" \
  --timeline "$corpus" "$out/spark-$name.json" 2>"$out/spark-$name.log"
cat "$out/spark-$name.time"
echo "spark done: $(uptime)"
grep -a -E "(ResultStage|ShuffleMapStage) [0-9]+ .*finished in" "$out/spark-$name.log" >"$out/spark-$name.stages" || true

java -Xmx512m -cp "$out/entente-cli.jar" "$root/bench/CompareTimelines.java" \
  "$out/single-$name.json" "$out/spark-$name.json"
