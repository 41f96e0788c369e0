#!/usr/bin/env bash
# Benchmarks validate and reconcile on generated corpora (docs/performance.md).
# Usage: bench/run.sh [RECORDS...]   (default: 100000 250000 1000000)
# Environment: BENCH_DIR (default target/bench), BENCH_SEED (default 1), BENCH_HEAP (default 3g).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${BENCH_DIR:-$root/target/bench}"
seed="${BENCH_SEED:-1}"
heap="${BENCH_HEAP:-3g}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 250000 1000000)
mkdir -p "$dir"

echo "building the jar..." >&2
(cd "$root" && mvn -B -q package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true 1>&2)
entente="$root/bin/entente"

# timed CMD...: runs CMD with stdout discarded; sets secs and rss_mb (peak resident set size).
timed() {
  local t="$dir/time.txt"
  /usr/bin/time -f "%e %M" -o "$t" "$@" >/dev/null
  read -r secs rss_kb <"$t"
  rss_mb=$((rss_kb / 1024))
}

printf '%-9s %-9s %-9s %-10s %-11s %-9s %-12s %-10s %-12s %-8s %-8s\n' \
  records episodes validate_s validate_MB reconcile_s ratio records/s recon_MB recon_only_s pairF1 b3F1
for target in "${sizes[@]}"; do
  episodes=$(( (target * 10 + 127) / 128 ))   # about 12.8 records per episode
  corpus="$dir/corpus-$target.jsonl"
  gold="$dir/gold-$target.json"
  if [ ! -s "$corpus" ] || [ ! -s "$gold" ]; then
    "$entente" generate --episodes "$episodes" --seed "$seed" --out "$corpus" --gold "$gold" 2>"$dir/generate-$target.log"
  fi
  records=$(grep -o 'reports, [0-9]* records' "$dir/generate-$target.log" | grep -o '[0-9]*' || echo "$target")
  export ENTENTE_HEAP="$heap"
  timed "$entente" validate "$corpus"; v_s=$secs; v_mb=$rss_mb
  timed "$entente" reconcile "$corpus"; r_s=$secs; r_mb=$rss_mb
  score=$("$entente" score --gold "$gold" "$corpus")
  pf1=$(sed 's/.*"pairwiseF1": \([0-9.]*\).*/\1/' <<<"$score")
  bf1=$(sed 's/.*"bcubedF1": \([0-9.]*\).*/\1/' <<<"$score")
  recon_only=$(sed 's/.*"reconcileSeconds": \([0-9.]*\).*/\1/' <<<"$score")
  ratio=$(awk -v a="$r_s" -v b="$v_s" 'BEGIN { printf "%.2f", a / b }')
  rps=$(awk -v n="$records" -v s="$r_s" 'BEGIN { printf "%.0f", n / s }')
  printf '%-9s %-9s %-9s %-10s %-11s %-9s %-12s %-10s %-12s %-8s %-8s\n' \
    "$records" "$episodes" "$v_s" "$v_mb" "$r_s" "$ratio" "$rps" "$r_mb" "$recon_only" "$pf1" "$bf1"
  echo "$score" >"$dir/score-$target.json"
done
