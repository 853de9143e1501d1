#!/usr/bin/env bash
# The performance benchmark: whole-process cold runs, a 100,000-report batch, and warm throughput against the
# same checks in plain Java. Prints medians and spreads; docs/performance.md records a run.
#   bench/run.sh            everything (about 10 minutes on 2 cores)
#   bench/run.sh quick      fewer runs and a 10,000-report batch
#   bench/run.sh cold       the cold runs only
#   bench/run.sh memory [record]  1,000,000 reports in -Xmx256m (ten folders of links to the 100,000; about 6 minutes);
#                           `record`: with --record, the record under JIXIAO_BENCH_OUT (about 0.8 GB), then deleted
#   bench/run.sh documents  cold checks of the sample as .json, .docx and .pdf, interleaved (JIXIAO_BENCH_RUNS rounds,
#                           default 10), and 10,000 generated Word reports in -Xmx256m, 3 runs alternating with 3 with
#                           the optimising compiler (about 9 minutes, and 2 more the first time, to generate them under
#                           /dev/shm; JIXIAO_BENCH_DOCX names another folder); `documents cold`: the cold checks only
#   bench/run.sh record [PAIRS]  the 100,000-report batch without and with --record, alternating (PAIRS pairs, default
#                           3): seconds, CPU, the record's size against the reports' and the output's, then one replay
#                           of the last record (about 5 minutes a pair on 2 busy cores)
#   bench/run.sh precision [N]  the reviewer rules' confusion counts over N generated reports (default 10,000), half
#                           of them planted with one defect each (generate --plant 0.5 --seed 7): for each of the
#                           twenty rules, planted and fired (TP), planted and quiet (FN), not planted and fired (FP),
#                           not planted and quiet (TN); exits 1 unless FN and FP are 0 throughout (about a minute)
#   bench/run.sh page [CLIENTS] [SECONDS]  the page under load: bin/jixiao serve started afresh (the time to its first
#                           page), then CLIENTS (default 8) threads checking the sample .docx for SECONDS (default 60):
#                           latency p50/p95/p99, errors, the server's heap after a full GC at start, middle and end
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
# time, wall, CPU and max RSS on one line, without ending it. $batch_opts, when set, adds JVM options.
batch_run() { # DIR, ARGS...
  local dir="$1"; shift
  JIXIAO_JAVA_OPTS="-Xmx256m -Xlog:gc:file=$work/gc.log ${batch_opts:-}" \
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
  extra=()
  if [ "${2:-}" = record ]; then
    extra=(--record "${JIXIAO_BENCH_OUT:-$work}/memory-record.zip")
    trap 'rm -rf "$links" "${extra[1]}"' EXIT
  fi
  echo "## $(report_count "$links") reports (ten folders of links to $reports), -Xmx256m, results to /dev/null ${extra[*]}"
  batch_run "$links" "${extra[@]}"; echo
  [ ${#extra[@]} -eq 0 ] || echo "the record: $(du -m "${extra[1]}" | cut -f1) MB"
  heap_trend "$work/gc.log"
  exit 0
fi

if [ "$mode" = page ]; then
  java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" jixiao.bench.PageLoad "${2:-8}" "${3:-60}"
  exit 0
fi

if [ "$mode" = record ]; then
  # What a record costs a batch: the same batch without and with --record, in turn, so that a shared machine's drift
  # touches both alike; the median of each side and the median of the pairs' ratios.
  pairs="${2:-3}"
  reports="${JIXIAO_BENCH_REPORTS:-$work/reports-100000}"
  [ -d "$reports" ] || bin/jixiao generate --count 100000 --seed 42 -o "$reports" >/dev/null
  out="${JIXIAO_BENCH_OUT:-$work}"
  mkdir -p "$out"
  record="$out/bench-record.zip"
  echo "## $(report_count "$reports") reports in $reports, -Xmx256m, $pairs alternating pairs without and with --record"
  echo "## (seconds from the check's start, whole process, CPU user + system; load average at the start of each run)"
  rm -f "$work/record.times"
  for i in $(seq "$pairs"); do
    line="pair $i:"
    for side in plain record; do
      extra=(); [ "$side" = record ] && extra=(--record "$record")
      rm -f "$record"
      load=$(cut -d' ' -f1 /proc/loadavg)
      began=$(date +%s%N)
      JIXIAO_JAVA_OPTS="-Xmx256m -Xlog:gc:file=$work/gc-$side.log" /usr/bin/time -f "cpu %U %S" \
        bin/jixiao check "$reports" --format jsonl -o "$out/bench-$side.jsonl" "${extra[@]}" 2>"$work/record.err" || true
      w=$(awk -v a="$began" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
      t=$(seconds "$work/record.err") || { echo "the $side batch failed:" >&2; tail -n 5 "$work/record.err" >&2; exit 1; }
      c=$(awk '/^cpu / { printf "%.1f", $2 + $3 }' "$work/record.err")
      line="$line $side $t s (whole $w s, CPU $c s, load $load)"
      eval "t_$side=$t; w_$side=$w; c_$side=$c"
    done
    echo "$line"
    echo "$t_plain $t_record $w_plain $w_record $c_plain $c_record" >>"$work/record.times"
  done
  cp "$work/record.times" "$work/record.times.kept"
  for columns in "1 2 from the check's start" "3 4 whole process" "5 6 CPU"; do
    read -r a b what <<<"$columns"
    awk -v a="$a" -v b="$b" -v what="$what" '{ p[NR] = $a; r[NR] = $b; q[NR] = $b / $a }
      function med(x, n,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && x[j-1] > x[j]; j--) {
          t = x[j]; x[j] = x[j-1]; x[j-1] = t }; return n % 2 ? x[(n+1)/2] : (x[n/2] + x[n/2+1]) / 2 }
      END { n = NR; printf "%-26s median without %6.1f s, with %6.1f s; median pair ratio (with ÷ without) %.3f\n",
        what ":", med(p, n), med(r, n), med(q, n) }' "$work/record.times"
  done
  for side in plain record; do echo "$side, last run: $(heap_trend "$work/gc-$side.log")"; done
  mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
  echo "sizes: the reports $(mib "$(find "$reports" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')"), the output" \
    "$(mib "$(stat -c %s "$out/bench-plain.jsonl")"), the record $(mib "$(stat -c %s "$record")")"
  unzip -v "$record" | awk '$8 ~ /^(input|output|rules|record)/ { split($8, p, "[./]"); k = p[1]; n[k]++; u[k] += $1; c[k] += $3 }
    END { for (k in n) printf "  %-8s %6d entries, %9.1f MiB, %8.1f MiB compressed\n", k, n[k], u[k] / 1048576, c[k] / 1048576 }' | sort
  if cmp -s "$out/bench-plain.jsonl" "$out/bench-record.jsonl"; then echo "outputs with and without --record: byte for byte the same"
  else echo "outputs with and without --record: DIFFERENT"; fi
  echo
  echo "## The record's own work, without the checks (jixiao.bench.RecordCost: the reports' bytes, read beforehand, recorded with"
  echo "## the output, 3 rounds), against the batch's CPU without a record"
  java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" jixiao.bench.RecordCost \
    "$reports" "$out/bench-plain.jsonl" 3 | tee "$work/record-cost.out" | tail -n 1
  awk -v c="$(grep -oE 'median CPU [0-9.]+' "$work/record-cost.out" | grep -oE '[0-9.]+')" '{ p[NR] = $5 }
    END { n = NR; for (i = 2; i <= n; i++) for (j = i; j > 1 && p[j-1] > p[j]; j--) { t = p[j]; p[j] = p[j-1]; p[j-1] = t }
      m = n % 2 ? p[(n+1)/2] : (p[n/2] + p[n/2+1]) / 2
      printf "the record alone is %.1f%% of the batch'"'"'s median CPU without a record (%.1f s)\n", 100 * c / m, m }' \
    "$work/record.times.kept"
  echo
  began=$(date +%s%N)
  JIXIAO_JAVA_OPTS=-Xmx256m bin/jixiao replay "$record" >"$work/replay.out" 2>&1 && rc=0 || rc=$?
  echo "replay of the last record: exit $rc in $(awk -v a="$began" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }') s;" \
    "$(tail -n 1 "$work/replay.out")"
  rm -f "$work/record.times" "$work/record.times.kept" "$work/record-cost.out" "$work/record.err" \
    "$out/bench-plain.jsonl" "$out/bench-record.jsonl"
  exit 0
fi

if [ "$mode" = precision ]; then
  # Generated in memory when /dev/shm is there; made afresh each run, so that the figures are of the generator as built.
  n="${2:-10000}"
  shm=/dev/shm; [ -d "$shm" ] && [ -w "$shm" ] || shm="${TMPDIR:-/tmp}"
  reports="$shm/jixiao-precision-$n"
  rm -rf "$reports"
  s=$(ms)
  bin/jixiao generate --count "$n" --seed 7 --plant 0.5 -o "$reports"
  g=$(ms)
  bin/jixiao check "$reports" --format jsonl -o "$work/precision.jsonl" 2>"$work/batch.err" || true
  c=$(ms)
  echo
  echo "## Reviewer rules on $n generated reports, half planted with one defect each (generate in $(( (g - s) / 1000 )) s, check in $(( (c - g) / 1000 )) s)"
  grep -E "reports in" "$work/batch.err"
  rc=0
  java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" jixiao.bench.Precision \
    "$reports/planted.tsv" "$work/precision.jsonl" || rc=$?
  echo "whole run $(( ($(ms) - s) / 1000 )) s"
  if [ "$rc" = 0 ]; then
    echo "every planted defect found, and no rule fired where its defect was not planted"
    rm -rf "$reports"
  else
    echo "MISSES or FALSE ALARMS above: the reports are kept in $reports, the results in $work/precision.jsonl"
  fi
  exit "$rc"
fi

if [ "$mode" = documents ]; then
  # The sample as facts, Word and PDF, one cold run of each in turn, so that the three see the same hour's machine.
  # A run that exits 2 or more (bad input, rules broken, internal error) is counted apart: it did not do the work; so is
  # a run that rebuilt the jar or its class-data archive (sources edited meanwhile: it timed a build).
  doc_runs="${JIXIAO_BENCH_RUNS:-10}"
  built() { { stat -c %Y target/jixiao.jar target/jixiao.jsa 2>/dev/null || true; } | tr '\n' ' '; }
  echo
  echo "## Cold checks of the sample, whole process, interleaved json / docx / pdf ($doc_runs rounds; load average $(cut -d' ' -f1-3 /proc/loadavg))"
  rm -f "$work/documents.times"
  noisy=0
  for _ in $(seq "$doc_runs"); do
    wait_quiet || noisy=$((noisy + 1))
    for kind in json docx pdf; do
      before=$(built); s=$(ms); rc=0
      bin/jixiao check "fixtures/leshan-2021/report.$kind" >/dev/null 2>&1 || rc=$?
      t=$(( $(ms) - s ))
      [ "$(built)" = "$before" ] || rc=99
      echo "$kind $t $rc" >>"$work/documents.times"
    done
  done
  echo "each round waited for a quiet second (CPUs 90 % idle); $noisy of $doc_runs found none within a minute"
  for kind in json docx pdf; do
    awk -v k="$kind" '$1 == k && $3 < 2 { print $2 }' "$work/documents.times" | stats "check report.$kind"
    failed=$(awk -v k="$kind" '$1 == k && $3 >= 2 && $3 != 99' "$work/documents.times" | wc -l)
    [ "$failed" = 0 ] || echo "  $failed runs of report.$kind FAILED (exit 2 or more) and are left out"
    rebuilt=$(awk -v k="$kind" '$1 == k && $3 == 99' "$work/documents.times" | wc -l)
    [ "$rebuilt" = 0 ] || echo "  $rebuilt runs of report.$kind rebuilt the jar or the archive and are left out"
  done
  awk 'function med(k,   n, i, j, t, a) { n = 0; for (i = 1; i <= N; i++) if (K[i] == k && R[i] < 2) a[++n] = T[i]
         for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
         return n == 0 ? 0 : (n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2) }
       { N++; K[N] = $1; T[N] = $2; R[N] = $3 }
       END { j = med("json"); d = med("docx"); p = med("pdf")
         printf "json median %.0f ms against docs/performance.md'"'"'s 320 ms (17:10 run): %.2f×\n", j, j / 320
         printf "docx median %.0f ms: goal 800 ms %s; %.1f× the json check\n", d, d <= 800 ? "met" : "MISSED", d / j
         printf "pdf  median %.0f ms: goal 1000 ms %s; %.1f× the json check\n", p, p <= 1000 ? "met" : "MISSED", p / j }' \
    "$work/documents.times"
  rm -f "$work/documents.times"
  JIXIAO_JAVA_OPTS="-Xlog:class+load=info:file=$work/classes.log" bin/jixiao check fixtures/leshan-2021/report.docx \
    >/dev/null 2>&1 || true
  echo "a Word check loads $(grep -c . "$work/classes.log") classes, $(grep -c 'shared objects file' "$work/classes.log") of them from the class-data archive"
  rm -f "$work/classes.log"
  [ "${2:-}" = cold ] && exit 0

  # 10,000 generated Word reports, in memory when /dev/shm is there (JIXIAO_BENCH_DOCX names another folder); made
  # once (about 2 minutes) and kept for the next run. Seed 42, as the JSON batch.
  shm=/dev/shm; [ -d "$shm" ] && [ -w "$shm" ] || shm="${TMPDIR:-/tmp}"
  docx="${JIXIAO_BENCH_DOCX:-$shm/jixiao-docx-10000}"
  if [ "$(find "$docx" -name '*.docx' 2>/dev/null | wc -l)" -ne 10000 ]; then
    rm -rf "$docx"
    bin/jixiao generate --format docx --count 10000 --seed 42 -o "$docx" >/dev/null
  fi
  echo
  # bin/jixiao picks the JIT by counting a folder's reports (Word files among them). The second kind of run forces the
  # optimising compiler too (-XX:TieredStopAtLevel=4 undoes a launcher's =1), to show what the launcher's choice gives.
  echo "## Batch of 10,000 generated Word reports in $docx, -Xmx256m, results to /dev/null, whole process"
  echo "## (3 runs as bin/jixiao runs them, alternating with 3 with the optimising compiler too)"
  rm -f "$work/docx.times"
  for _ in 1 2 3; do
    for jit in launcher c2; do
      batch_opts=""; [ "$jit" = c2 ] && batch_opts=-XX:TieredStopAtLevel=4
      before=$(built)
      wait_quiet || echo "  (no quiet second within a minute before this run)"
      echo "$jit: $(batch_run "$docx")(load average $(cut -d' ' -f1 /proc/loadavg))"
      [ "$(built)" = "$before" ] || echo "  (this run rebuilt the jar or the archive: sources were edited meanwhile)"
      wall=$(grep -oE 'wall [0-9.]+' "$work/batch.err" | grep -oE '[0-9.]+')
      echo "$jit $wall $(seconds "$work/batch.err")" >>"$work/docx.times"
      echo "  $(heap_trend "$work/gc.log")"
      [ "$jit" = c2 ] || awk '/^status/ { s = 1; next } /^[^ ]/ { s = 0 } s { print "  status" $0 }' "$work/batch.err"
    done
  done
  batch_opts=""
  for jit in launcher c2; do
    w=$(awk -v j="$jit" '$1 == j { print $2 }' "$work/docx.times" | median)
    c=$(awk -v j="$jit" '$1 == j { print $3 }' "$work/docx.times" | median)
    range=$(awk -v j="$jit" '$1 == j { print $2 }' "$work/docx.times" | sort -g | awk '{ a[NR] = $1 } END { print a[1] "–" a[NR] }')
    awk -v j="$jit" -v w="$w" -v c="$c" -v r="$range" 'BEGIN {
      printf "%-8s median %.1f s whole process (%s s), %.1f s from the check'"'"'s start: goal 60 s %s\n", j, w, r, c,
        (w <= 60 ? "met" : "MISSED") }'
  done
  rm -f "$work/docx.times"
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
