# Helpers shared by bench/run.sh and bench/compare.sh (sourced, not run).

# The median of the numbers on stdin, one a line.
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# How many report files are under a folder (the names jixiao.batch.ReportFiles.isReport takes).
report_count() {
  find "$1" \( -type f -o -type l \) \( -iname '*.json' -o -iname '*.yaml' -o -iname '*.yml' -o -iname '*.md' \
    -o -iname '*.markdown' -o -iname '*.txt' -o -iname '*.csv' -o -iname '*.docx' -o -iname '*.xlsx' -o -iname '*.xls' \
    -o -iname '*.pdf' \) | wc -l
}

# The seconds a batch reported on stderr ("100000 reports in 21.35 s ..."), from the file holding it.
seconds() { grep -oE 'reports in [0-9.]+ s' "$1" | grep -oE '[0-9.]+'; }

# The processor, for comparing runs made at different times: the machine is a shared one whose host can change between
# sessions, and every figure with it (the same code has measured a third apart within the hour). Family and model name
# the processor's generation.
machine() {
  awk -F': *' '/^model name/ && !n { n = $2 } /^cpu family/ && !f { f = $2 } /^model\t/ && !m { m = $2 }
    END { printf "%s (family %s, model %s)", n, f, m }' /proc/cpuinfo 2>/dev/null
}

# What the heap held after each young collection, from a -Xlog:gc log: a tenth, half and nine tenths into the run,
# and how many full collections there were. Flat figures mean memory does not grow with the reports checked.
heap_trend() { # LOG
  awk '/Pause Young/ { if (match($0, /->[0-9]+M/)) a[++n] = substr($0, RSTART + 2, RLENGTH - 3) }
       /Pause Full/ { f++ }
       END { if (n == 0) { print "heap: no young collection logged"; exit }
             printf "heap after young collections %s / %s / %s MiB (a tenth, half, nine tenths into the run, of %d), %d full\n",
               a[int(n * 0.1) + 1], a[int(n * 0.5) + 1], a[int(n * 0.9) + 1], n, f + 0 }' "$1"
}

# Waits (up to 60 s) for a second in which the CPUs are at least 90 % idle, and fails if none comes. Another user's
# build on the same machine (not only the host's drift) can double a cold run's time; starting each round in a quiet
# second keeps that out of most runs. The kernel's count since boot, from /proc/stat: user nice system idle iowait ...
wait_quiet() {
  local _ a b total idle k
  for _ in $(seq 60); do
    read -r -a a </proc/stat; sleep 1; read -r -a b </proc/stat
    total=0; idle=$(( b[4] - a[4] ))
    for k in 1 2 3 4 5 6 7 8; do total=$(( total + b[k] - a[k] )); done
    if [ "$total" -gt 0 ] && [ $(( idle * 100 / total )) -ge 90 ]; then return 0; fi
  done
  return 1
}
