# Helpers shared by bench/run.sh and bench/compare.sh (sourced, not run).

# The median of the numbers on stdin, one a line.
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# The seconds a batch reported on stderr ("100000 reports in 21.35 s ..."), from the file holding it.
seconds() { grep -oE 'reports in [0-9.]+ s' "$1" | grep -oE '[0-9.]+'; }
