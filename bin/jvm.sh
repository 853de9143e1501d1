# Sourced, not run: by bin/jixiao for every run, and by bench/compare.sh to make cold runs of two jars alike.

# Sets the array `jvm` to the JVM's flags for one check, reading rules from HOME and caching compiled ones in CACHE.
# Start-up matters more than peak speed for one report: the C1 compiler only, and a small serial collector. The JVM's
# own warnings go to stderr, not into the JSON a run may write on stdout.
jixiao_jvm() { # HOME CACHE
  jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Djixiao.home="$1" -Djixiao.cache="$2"
    -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr)
}

# Makes the class-data archive ARCHIVE for JAR, with the flags in `jvm`; fails when none could be made (then runs are
# only slower). A check of SAMPLE first compiles the rules into the cache if they need it; then checks of SAMPLE and of
# the same report as text, Word and PDF beside it (SAMPLE's name with .md, .docx, .pdf, those that exist) list the
# classes a check loads, and they are archived. The archive is a static one, dumped from the list: the JDK's archive
# written at exit leaves out classes compiled for Java 5, as picocli's are, and those then load from the jar in every
# run (0.1-0.15 s of a large batch's start, 0.03 s of a check's). The documents add the readers' classes (POI,
# XMLBeans, PDFBox and the JDK's XML parser, about 1,300 classes): without them a Word or PDF check loads those from
# the jars and verifies them, 0.4-0.5 s of its time (docs/performance.md, "Documents").
jixiao_archive() { # JAR ARCHIVE SAMPLE
  local jar="$1" archive="$2" sample="$3" list="$2.$$.classes" made=1 kind pids=()
  java "${jvm[@]}" -jar "$jar" check "$sample" >/dev/null 2>&1 || true
  java "${jvm[@]}" -XX:DumpLoadedClassList="$list" -jar "$jar" check "$sample" >/dev/null 2>&1 || true
  for kind in md docx pdf; do   # at once: the rules are compiled by now, and each check is mostly one thread
    if [ -f "${sample%.*}.$kind" ] && [ "${sample%.*}.$kind" != "$sample" ]; then
      java "${jvm[@]}" -XX:DumpLoadedClassList="$list.$kind" -jar "$jar" check "${sample%.*}.$kind" >/dev/null 2>&1 &
      pids+=($!)
    fi
  done
  [ ${#pids[@]} = 0 ] || wait "${pids[@]}" || true
  for kind in md docx pdf; do
    # Each class once, in the order first loaded: the JSON check's classes first.
    if [ -s "$list" ] && [ -s "$list.$kind" ]; then
      awk '!seen[$0]++' "$list" "$list.$kind" >"$list.all" && mv -f "$list.all" "$list"
    fi
    rm -f "$list.$kind"
  done
  if [ -s "$list" ] && java "${jvm[@]}" -Xshare:dump -XX:SharedClassListFile="$list" \
       -XX:SharedArchiveFile="$archive.$$" -XX:ErrorFile="$(dirname "$archive")/hs_err_%p.log" -jar "$jar" \
       >/dev/null 2>&1; then
    mv -f "$archive.$$" "$archive"   # in one step: a run starting meanwhile never maps a half-written archive
    made=0
  fi
  rm -f "$list" "$archive.$$"
  return $made
}
