#!/usr/bin/env bash
# The performance benchmark: whole-process cold runs, a 100,000-report batch, and warm throughput against the
# same checks in plain Java. Prints medians and spreads; docs/performance.md records a run.
#   bench/run.sh            everything (about 10 minutes on 2 cores)
#   bench/run.sh quick      fewer runs and a 10,000-report batch
#   bench/run.sh cold       the cold runs only
#   bench/run.sh memory     1,000,000 reports in -Xmx256m (ten folders of links to the 100,000; about 2 minutes)
# JIXIAO_BENCH_REPORTS names another folder of 100,000 reports (made there if missing) and JIXIAO_BENCH_OUT another
# folder for the batch outputs: a memory-backed one (/dev/shm) keeps a shared machine's disk stalls out of the figures.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib.sh
mode="${1:-full}"
runs=10; edits=5; batch=100000; batch_runs=3
if [ "$mode" = quick ]; then runs=5; edits=3; batch=10000; batch_runs=1; fi

work=target/bench
mkdir -p "$work"
mvn -B -q -DskipTests package >/dev/null   # also compiles the benchmarks and writes their class path
bin/jixiao check fixtures/leshan-2021/report.json >/dev/null   # builds the class-data archive if needed
# The cold figures count on that archive: say whether the JVM maps it (it refuses outright under -Xshare:on if not).
archive="class-data archive in use"
JIXIAO_JAVA_OPTS=-Xshare:on bin/jixiao --version >/dev/null 2>&1 || archive="class-data archive NOT in use"

ms() { echo $(( $(date +%s%N) / 1000000 )); }
# One batch in -Xmx256m over DIR (then check's other arguments), its collections logged to $work/gc.log: prints its
# time, wall, CPU and max RSS on one line, without ending it.
batch_run() { # DIR, ARGS...
  local dir="$1"; shift
  JIXIAO_JAVA_OPTS="-Xmx256m -Xlog:gc:file=$work/gc.log" \
    /usr/bin/time -f "wall %e s, CPU %U s user + %S s system, max RSS %M KB" \
    bin/jixiao check "$dir" --format jsonl "$@" 2>"$work/batch.err" >/dev/null || true
  grep -E "reports in|wall" "$work/batch.err" | tr '\n' ' '
}
stats() { # name, then times in ms on stdin
  sort -n | awk -v name="$1" '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
    printf "%-46s median %6.0f ms   min %6.0f   max %6.0f   (%d runs)\n", name, m, a[1], a[NR], NR}'
}
time_runs() { # name, count, command...
  local name="$1" n="$2"; shift 2
  for _ in $(seq "$n"); do s=$(ms); "$@" >/dev/null 2>&1 || true; echo $(( $(ms) - s )); done | stats "$name"
}

echo "jixiao benchmark · $(date -u +%Y-%m-%dT%H:%MZ) · $(nproc) cores, $(machine) · $(java -version 2>&1 | head -1) · $archive"

if [ "$mode" = memory ]; then
  # A province's year many times over: memory must not grow with the reports, only the listing's names with their count.
  reports="${JIXIAO_BENCH_REPORTS:-$work/reports-100000}"
  [ -d "$reports" ] || bin/jixiao generate --count 100000 --seed 42 -o "$reports" >/dev/null
  links="${JIXIAO_BENCH_OUT:-$work}/links-1m"
  rm -rf "$links"; mkdir -p "$links"
  trap 'rm -rf "$links"' EXIT   # a million links are not left behind, whatever happens
  for k in 0 1 2 3 4 5 6 7 8 9; do cp -rs "$(cd "$reports" && pwd)" "$links/$k"; done
  echo "## $(report_count "$links") reports (ten folders of links to $reports), -Xmx256m, results to /dev/null"
  batch_run "$links"; echo
  heap_trend "$work/gc.log"
  exit 0
fi

echo
echo "## Cold runs (whole process)"
time_runs "check sample, shipped rules" "$runs" bin/jixiao check fixtures/leshan-2021/report.json
time_runs "check sample text (.md), shipped rules" "$runs" bin/jixiao check fixtures/leshan-2021/report.md
for i in $(seq "$edits"); do
  rm -rf "$work/edited"; cp -r rules "$work/edited"
  sed -i "s/@title(\"满意度低于最低要求\")/@title(\"满意度低于最低要求 $RANDOM$i\")/" "$work/edited/satisfaction.drl"
  s=$(ms); bin/jixiao check fixtures/leshan-2021/report.json --rules "$work/edited" >/dev/null 2>&1 || true
  echo $(( $(ms) - s ))
done | stats "first check after a DRL edit (compiles)"
time_runs "check after that edit (cached)" "$runs" bin/jixiao check fixtures/leshan-2021/report.json --rules "$work/edited"
sed -i 's/minimum: 95 /minimum: 96 /' "$work/edited/policy.yaml"
time_runs "check after a policy.yaml edit (no compile)" "$runs" bin/jixiao check fixtures/leshan-2021/report.json --rules "$work/edited"
time_runs "rules test, all shipped cases" "$edits" bin/jixiao rules test

[ "$mode" = cold ] && exit 0
echo
echo "## Batch of $batch generated reports (10% as Markdown text), -Xmx256m"
reports="$work/reports-$batch"
if [ "$mode" = full ] && [ -n "${JIXIAO_BENCH_REPORTS:-}" ]; then reports="$JIXIAO_BENCH_REPORTS"; fi
out="${JIXIAO_BENCH_OUT:-$work}"
mkdir -p "$out"
echo "reports in $reports, results written to $out"
if [ ! -d "$reports" ]; then bin/jixiao generate --count "$batch" --seed 42 -o "$reports" >/dev/null; fi
rm -f "$work/batch.times"
# Time every task spent stalled on the disk, in microseconds (Linux pressure stall information), when the kernel
# gives it: a shared machine's disk can stall the results' writing for many seconds, which is not jixiao's doing.
io_stall() { awk '/^full/ { sub("total=", "", $5); v = $5 } END { print v + 0 }' /proc/pressure/io 2>/dev/null || echo 0; }
for _ in $(seq "$batch_runs"); do
  before=$(io_stall)
  batch_run "$reports" -o "$out/batch.jsonl"
  awk -v a="${before:-0}" -v b="$(io_stall)" 'BEGIN { printf "disk stall %.1f s\n", (b - a) / 1e6 }'
  echo "  $(heap_trend "$work/gc.log")"
  seconds "$work/batch.err" >>"$work/batch.times"
done
single=$(median <"$work/batch.times")
rm -f "$work/batch.times"

# The set twice in one process: the second pass runs on code the JIT has already compiled, so the difference
# to a single run is what the warm-up costs.
echo
echo "## The same $batch reports twice in one process"
JIXIAO_JAVA_OPTS=-Xmx256m bin/jixiao check "$reports" "$reports" --format jsonl -o "$out/batch2.jsonl" \
  2>"$work/batch.err" || true
grep -E "reports in" "$work/batch.err"
awk -v total="$(seconds "$work/batch.err")" -v single="$single" 'BEGIN {
  printf "second pass ≈ %.1f s (the total less the median single run, %.1f s)\n", total - single, single }'
rm -f "$out/batch2.jsonl"

echo
echo "## Warm throughput, one thread: Drools rules against the same checks in plain Java"
java -XX:+UseSerialGC -Djixiao.cache=target/rules-cache \
  -cp "target/test-classes:target/classes:$(ls target/lib/*.jar | tr '\n' ':')" \
  jixiao.bench.Throughput "$reports" 2000 3 9

echo
jmh=(-f 2); jmh_runs="2 forks of 5 measured rounds of 3 s, after 4 of warm-up"
if [ "$mode" = quick ]; then jmh=(-f 1 -wi 2 -i 3); jmh_runs="1 fork of 3 measured rounds of 3 s, after 2 of warm-up"; fi
echo "## Warm throughput with JMH, one thread ($jmh_runs)"
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main ChecksBenchmark \
  -p reports="$reports" "${jmh[@]}" >"$work/jmh.txt" 2>&1 || { tail -n 20 "$work/jmh.txt"; exit 1; }
awk '/^ChecksBenchmark\./ { name = substr($1, 17); score[name] = $6; err[name] = ($7 == "±") ? $8 : "?"
       printf "%-10s %9.0f ± %.0f reports/s (99.9%% interval)\n", name, $6, err[name] }
     END { if (score["drools"] > 0) printf "ratio plain ÷ drools: %.1f×\n", score["plainJava"] / score["drools"] }' \
  "$work/jmh.txt"

echo
echo "## Where the Drools part's time goes, warm, one thread (median of 5 rounds of 2 s each)"
java -XX:+UseSerialGC -Djixiao.cache=target/rules-cache \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  jixiao.engine.SessionCost "$reports" 2000 5

echo
echo "## Warm cost of each batch phase, one thread (median of the later rounds)"
java -XX:+UseSerialGC -Djixiao.cache=target/rules-cache \
  -cp "target/test-classes:target/classes:$(ls target/lib/*.jar | tr '\n' ':')" \
  jixiao.bench.Phases "$reports" 6000 10
