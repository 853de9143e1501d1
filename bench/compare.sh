#!/usr/bin/env bash
# Side by side: the 100,000-report batch and the warm Drools ÷ plain ratio, alternating between a git revision and
# the working tree, so that the shared machine's drift from one hour to the next touches both alike.
#   bench/compare.sh REV [PAIRS] [batch|cold]     e.g. bench/compare.sh HEAD~3 3
# "batch" leaves out the warm ratio; "cold" compares cold checks of the sample and its text instead (both jars side by
# side in one folder, PAIRS alternating pairs but at least 40). JIXIAO_BENCH_REPORTS names another folder of reports
# and JIXIAO_BENCH_OUT another folder for the outputs (a memory-backed one, such as /dev/shm, keeps a slow disk out of the figures).
# Prints each pair (seconds in jixiao and for the whole process), the median of each side, the median ratio of the
# pairs, and whether the two batch outputs are byte for byte the same. REV is checked out (detached) under
# target/bench/ and built there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib.sh
if [ $# -lt 1 ]; then
  echo "usage: bench/compare.sh REV [PAIRS] [batch|cold]" >&2
  exit 2
fi
rev=$(git rev-parse --verify --quiet "$1^{commit}") || { echo "bench/compare.sh: no such revision: $1" >&2; exit 2; }
pairs="${2:-3}"
work=target/bench
mkdir -p "$work"
mvn -B -q -DskipTests package >/dev/null
bin/jixiao check fixtures/leshan-2021/report.json >/dev/null   # builds the class-data archive if needed

other="$work/compare-${rev:0:12}"
git worktree prune
if [ ! -d "$other" ]; then
  git worktree add --detach "$other" "$rev" >/dev/null
fi
(cd "$other" && mvn -B -q -DskipTests package >/dev/null && bin/jixiao check fixtures/leshan-2021/report.json >/dev/null) \
  || { echo "bench/compare.sh: $rev does not build or run" >&2; exit 1; }

if [ "${3:-}" = cold ]; then
  # Cold runs side by side: the two jars in one folder beside one copy of the libraries, each with its own class-data
  # archive made as the launcher makes it, run by java directly with the launcher's flags for one check (bin/jvm.sh).
  # Whole trees differ in more than the code (one working copy's jar had grown to 29 MB of old prebuilds); two copies
  # of one jar in one folder measure the same (392 against 392 ms, 40 pairs; docs/performance.md, tenth round).
  if ! diff -rq "$other/target/lib" target/lib >/dev/null || ! diff -rq "$other/rules" rules >/dev/null; then
    echo "bench/compare.sh: $rev has other libraries or other rules; a cold comparison needs the same" >&2
    exit 1
  fi
  cold="$work/cold"
  rm -rf "$cold"
  mkdir -p "$cold"
  cp -r target/lib "$cold/lib"
  cp "$other/target/jixiao.jar" "$cold/old.jar"
  cp target/jixiao.jar "$cold/new.jar"
  . bin/jvm.sh
  jixiao_jvm "$PWD" "$cold/cache"
  for side in old new; do
    jixiao_archive "$cold/$side.jar" "$cold/$side.jsa" fixtures/leshan-2021/report.json \
      || { echo "bench/compare.sh: no class-data archive for $side" >&2; exit 1; }
  done
  pairs_cold=$((pairs < 40 ? 40 : pairs))
  echo "jixiao side by side, cold · $(date -u +%Y-%m-%dT%H:%MZ) · $(nproc) cores, $(machine) · ${rev:0:12} against the working tree ($(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ', changed'))"
  for sample in fixtures/leshan-2021/report.json fixtures/leshan-2021/report.md; do
    echo
    echo "## check $sample, $pairs_cold alternating pairs (ms, whole process)"
    for i in $(seq "$pairs_cold"); do
      for side in old new; do
        s=$(date +%s%N)
        java "${jvm[@]}" -XX:SharedArchiveFile="$cold/$side.jsa" -Xshare:auto -jar "$cold/$side.jar" check "$sample" \
          >/dev/null 2>&1 || true
        echo -n "$(( ($(date +%s%N) - s) / 1000000 )) "
      done
      echo
    done >"$work/cold.times"
    echo "median ${rev:0:12} $(awk '{print $1}' "$work/cold.times" | median) ms, working tree $(awk '{print $2}' "$work/cold.times" | median) ms;" \
      "median pair ratio (new ÷ old) $(awk '{print $2 / $1}' "$work/cold.times" | median);" \
      "new faster in $(awk '$2 < $1' "$work/cold.times" | wc -l) of $pairs_cold pairs"
  done
  rm -f "$work/cold.times"
  exit 0
fi

reports="${JIXIAO_BENCH_REPORTS:-$work/reports-100000}"
if [ ! -d "$reports" ]; then bin/jixiao generate --count 100000 --seed 42 -o "$reports" >/dev/null; fi
out="${JIXIAO_BENCH_OUT:-$work}"
mkdir -p "$out"
reports="$(cd "$reports" && pwd)"


echo "jixiao side by side · $(date -u +%Y-%m-%dT%H:%MZ) · $(nproc) cores, $(machine) · ${rev:0:12} against the working tree ($(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ', changed'))"
echo
count=$(report_count "$reports")
echo "## Batch of $count reports in $reports, -Xmx256m, $pairs alternating pairs (seconds in jixiao, and the whole process)"
rm -f "$work/compare.times"
for i in $(seq "$pairs"); do
  line="pair $i:"
  for side in old new; do
    home=$([ $side = old ] && echo "$other" || echo .)
    began=$(date +%s%N)
    JIXIAO_JAVA_OPTS=-Xmx256m "$home/bin/jixiao" check "$reports" --format jsonl -o "$out/compare-$side.jsonl" \
      2>"$work/compare.err" || true
    w=$(awk -v a="$began" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
    t=$(seconds "$work/compare.err") || {
      echo "bench/compare.sh: the $side side's batch failed; its last lines:" >&2
      tail -n 5 "$work/compare.err" >&2
      exit 1
    }
    line="$line $side $t s (whole $w s)"
    eval "t_$side=$t; w_$side=$w"
  done
  echo "$line"
  echo "$t_old $t_new $w_old $w_new" >>"$work/compare.times"
done
for columns in "1 2 in jixiao" "3 4 whole process"; do
  read -r a b what <<<"$columns"
  old_median=$(awk -v c="$a" '{print $c}' "$work/compare.times" | median)
  new_median=$(awk -v c="$b" '{print $c}' "$work/compare.times" | median)
  ratio=$(awk -v a="$a" -v b="$b" '{print $b / $a}' "$work/compare.times" | median)
  echo "$what: median ${rev:0:12} $old_median s, working tree $new_median s; median pair ratio (new ÷ old) $ratio"
done
if cmp -s "$out/compare-old.jsonl" "$out/compare-new.jsonl"; then
  echo "outputs: byte for byte the same"
else
  echo "outputs: DIFFERENT ($(cmp "$out/compare-old.jsonl" "$out/compare-new.jsonl" 2>&1 | head -1))"
fi
rm -f "$work/compare.times" "$out/compare-old.jsonl" "$out/compare-new.jsonl" "$work/compare.err"
[ "${3:-}" = batch ] && exit 0

echo
echo "## Warm Drools ÷ plain Java, one thread, alternating (jixiao.bench.Throughput: 7 rounds of 3 s each side)"
for i in $(seq 2); do
  for side in old new; do
    home=$([ $side = old ] && echo "$other" || echo .)
    if [ ! -f "$home/target/test-classes/jixiao/bench/Throughput.class" ]; then
      echo "$side: no jixiao.bench.Throughput in this revision"; continue
    fi
    printf "%s: " $side
    (cd "$home" && java -XX:+UseSerialGC -Djixiao.cache=target/rules-cache \
      -cp "target/test-classes:target/classes:$(ls target/lib/*.jar | tr '\n' ':')" \
      jixiao.bench.Throughput "$reports" 2000 3 7 2>/dev/null | grep -E '^ratio' || echo "failed")
  done
done
