# Sourced, not run: by bin/jixiao for every run, and by bench/compare.sh to make cold runs of two jars alike.

# Sets the array `jvm` to the JVM's flags for one check, reading rules from HOME and caching compiled ones in CACHE.
# Start-up matters more than peak speed for one report: the C1 compiler only, and a small serial collector. The JVM's
# own warnings go to stderr, not into the JSON a run may write on stdout.
jixiao_jvm() { # HOME CACHE
  jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Djixiao.home="$1" -Djixiao.cache="$2"
    -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr)
}

# Makes the class-data archive ARCHIVE for JAR, with the flags in `jvm`; fails when none could be made (then runs are
# only slower). A check of SAMPLE first compiles the rules into the cache if they need it; a second lists the classes a
# check then loads, and they are archived. The archive is a static one, dumped from the list: the JDK's archive written
# at exit leaves out classes compiled for Java 5, as picocli's are, and those then load from the jar in every run
# (0.1-0.15 s of a large batch's start, 0.03 s of a check's).
jixiao_archive() { # JAR ARCHIVE SAMPLE
  local jar="$1" archive="$2" sample="$3" list="$2.$$.classes" made=1
  java "${jvm[@]}" -jar "$jar" check "$sample" >/dev/null 2>&1 || true
  java "${jvm[@]}" -XX:DumpLoadedClassList="$list" -jar "$jar" check "$sample" >/dev/null 2>&1 || true
  if [ -s "$list" ] && java "${jvm[@]}" -Xshare:dump -XX:SharedClassListFile="$list" \
       -XX:SharedArchiveFile="$archive.$$" -XX:ErrorFile="$(dirname "$archive")/hs_err_%p.log" -jar "$jar" \
       >/dev/null 2>&1; then
    mv -f "$archive.$$" "$archive"   # in one step: a run starting meanwhile never maps a half-written archive
    made=0
  fi
  rm -f "$list" "$archive.$$"
  return $made
}
