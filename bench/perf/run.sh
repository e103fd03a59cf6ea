#!/usr/bin/env bash
# Build benchmark: generated Danish corpora of N pages, baked by our tool, by vanilla JBake 2.7.0 and by
# plain AsciidoctorJ (the floor); writes results.md and results.svg. See bench/perf/README.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/perf/run.sh [options]

  --sizes LIST        corpus sizes in pages, comma separated (default 100,1000,3000)
  --runs R            cold runs per tool and size; the median is reported (default 3)
  --quick             try it out: --sizes 100,1000 --runs 1, results into target/perf/quick/
  --out DIR           where results.md and results.svg go (default bench/perf, with --quick target/perf/quick)
  --seed S            corpus seed (default 20130213)
  --timeout SEC       give up on one process run after SEC seconds (default 3600)
  --no-build          use target/tillid-site.jar as it is (default: mvn package first)
  --append            add to the previous run's measurements (target/perf/run/raw.tsv) instead of
                      starting afresh, e.g. a larger size measured later; the report covers both
  --skip-jbake        do not run vanilla JBake
  --skip-floor        do not run the plain-AsciidoctorJ floor
  --skip-warm         do not measure the warm rebuild after one changed page
  --skip-next         do not measure the next build after one changed page (ours and JBake's plocal re-bake)
  --others-max N      run JBake, the floor and serve only for sizes up to N (default: every size); our
                      cold build and next build run at every size
  --jbake-example ZIP JBake's example_project_freemarker.zip (else $JBAKE_EXAMPLE_ZIP, $JBAKE_HOME/, or
                      target/perf/jbake/; without it JBake runs with the harness's minimal templates)
  -h, --help          this text
EOF
}

SIZES="100,1000,3000"
RUNS=3
QUICK=0
OUT=""
SEED=20130213
TIMEOUT=3600
BUILD=1
SKIP_JBAKE=0
SKIP_FLOOR=0
SKIP_WARM=0
SKIP_NEXT=0
OTHERS_MAX=0
APPEND=0
EXAMPLE_ZIP="${JBAKE_EXAMPLE_ZIP:-}"
ARGS="$*"

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --quick) QUICK=1; SIZES="100,1000"; RUNS=1; shift ;;
    --out) OUT="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --append) APPEND=1; shift ;;
    --skip-jbake) SKIP_JBAKE=1; shift ;;
    --skip-floor) SKIP_FLOOR=1; shift ;;
    --skip-warm) SKIP_WARM=1; shift ;;
    --skip-next) SKIP_NEXT=1; shift ;;
    --others-max) OTHERS_MAX="$2"; shift 2 ;;
    --jbake-example) EXAMPLE_ZIP="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$REPO/bench/perf"
WORK="$REPO/target/perf"
if [ -z "$OUT" ]; then
  if [ "$QUICK" = 1 ]; then OUT="$WORK/quick"; else OUT="$HERE"; fi
fi
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
RUNDIR="$WORK/run"
CLASSES="$WORK/classes"
JB="$WORK/jbake"
JAR="$REPO/target/tillid-site.jar"
LIB="$REPO/target/lib"
export LC_ALL=C.UTF-8

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ------------------------------------------------------------------ prerequisites
command -v java >/dev/null || die "java (17) is needed"
command -v javac >/dev/null || die "javac (a JDK 17) is needed"
if [ ! -x /usr/bin/time ]; then
  log "GNU time is missing; installing Debian's 'time' package"
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y time >/dev/null; }
  else
    sudo apt-get install -y time >/dev/null
  fi
  [ -x /usr/bin/time ] || die "could not install GNU time (apt-get install time)"
fi

START_S=$(date +%s)
if [ "$APPEND" = 1 ] && [ -f "$RUNDIR/raw.tsv" ]; then
  log "appending to the measurements in ${RUNDIR#$REPO/}"
else
  APPEND=0
  rm -rf "$RUNDIR"
fi
mkdir -p "$RUNDIR" "$CLASSES"

if [ "$BUILD" = 1 ]; then
  log "building the tool (mvn package -DskipTests -DskipSite=true)"
  (cd "$REPO" && { mvn -q -o package -DskipTests -DskipSite=true >"$RUNDIR/mvn.log" 2>&1 \
      || mvn -q package -DskipTests -DskipSite=true >>"$RUNDIR/mvn.log" 2>&1; }) \
    || { tail -30 "$RUNDIR/mvn.log" >&2; die "the tool did not build"; }
fi
[ -f "$JAR" ] || die "$JAR is missing: run mvn package -DskipTests -DskipSite=true"

log "compiling the benchmark helpers"
javac -nowarn -d "$CLASSES" "$HERE/src/GenerateCorpus.java" "$HERE/src/Report.java"
javac -nowarn -d "$CLASSES" -cp "$LIB/*" "$HERE/src/FloorConvert.java" 2>"$RUNDIR/javac-floor.log" \
  || { cat "$RUNDIR/javac-floor.log" >&2; log "FloorConvert does not compile: the floor is skipped"; SKIP_FLOOR=1; }
if [ "$SKIP_WARM" = 0 ]; then
  javac -nowarn -d "$CLASSES" "$HERE/src/WarmRebake.java" 2>"$RUNDIR/javac-warm.log" \
    || { cat "$RUNDIR/javac-warm.log" >&2; log "WarmRebake does not compile: warm is skipped"; SKIP_WARM=1; }
fi

# ------------------------------------------------------------------ vanilla JBake 2.7.0
JBAKE_NOTE="skipped"
JBAKE_TEMPLATES=none
if [ "$SKIP_JBAKE" = 0 ]; then
  if [ ! -f "$JB/lib/jbake-core-2.7.0.jar" ] || [ ! -f "$JB/lib/picocli-4.6.2.jar" ]; then
    log "fetching vanilla JBake 2.7.0 and its runtime dependencies (mvn dependency:copy-dependencies)"
    mkdir -p "$JB"
    # jbake-core declares the launcher's own needs (picocli, jetty, vfs2, snakeyaml) optional; the
    # distribution ships them, so they are listed here at the versions jbake-core 2.7.0 names.
    cat >"$JB/pom.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench.perf</groupId>
  <artifactId>vanilla-jbake</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.jbake</groupId><artifactId>jbake-core</artifactId><version>2.7.0</version></dependency>
    <dependency><groupId>org.asciidoctor</groupId><artifactId>asciidoctorj</artifactId><version>2.5.13</version></dependency>
    <dependency><groupId>org.freemarker</groupId><artifactId>freemarker</artifactId><version>2.3.34</version></dependency>
    <dependency><groupId>info.picocli</groupId><artifactId>picocli</artifactId><version>4.6.2</version></dependency>
    <dependency><groupId>org.eclipse.jetty</groupId><artifactId>jetty-server</artifactId><version>9.4.44.v20210927</version></dependency>
    <dependency><groupId>org.apache.commons</groupId><artifactId>commons-vfs2</artifactId><version>2.9.0</version></dependency>
    <dependency><groupId>org.yaml</groupId><artifactId>snakeyaml</artifactId><version>1.30</version></dependency>
  </dependencies>
</project>
EOF
    rm -rf "$JB/lib"
    (cd "$JB" && { mvn -q -o dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=lib >"$RUNDIR/mvn-jbake.log" 2>&1 \
        || mvn -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=lib >>"$RUNDIR/mvn-jbake.log" 2>&1; }) \
      || { tail -30 "$RUNDIR/mvn-jbake.log" >&2; die "could not fetch JBake 2.7.0"; }
  fi
  mkdir -p "$JB/logging"
  # The levels of the JBake distribution's own logging set-up: JBake at INFO, Apache and Eclipse
  # libraries at WARN, the rest at DEBUG, to the console (which goes to a log file here).
  cat >"$JB/logging/logback.xml" <<'EOF'
<configuration>
  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
  </appender>
  <logger name="org.jbake" level="INFO"/>
  <logger name="org.asciidoctor" level="INFO"/>
  <logger name="org.apache" level="WARN"/>
  <logger name="org.eclipse" level="WARN"/>
  <logger name="org.thymeleaf" level="WARN"/>
  <root level="DEBUG"><appender-ref ref="OUT"/></root>
</configuration>
EOF
  # `jbake -i -t freemarker` unpacks example_project_freemarker.zip from the folder above its jar's folder,
  # as in the JBake distribution; that zip is not on Maven Central.
  if [ ! -f "$JB/example_project_freemarker.zip" ]; then
    for candidate in "$EXAMPLE_ZIP" "${JBAKE_HOME:+$JBAKE_HOME/example_project_freemarker.zip}"; do
      if [ -n "$candidate" ] && [ -f "$candidate" ]; then
        cp "$candidate" "$JB/example_project_freemarker.zip"
        break
      fi
    done
  fi
  if [ -f "$JB/example_project_freemarker.zip" ]; then
    JBAKE_TEMPLATES=example
    JBAKE_NOTE="jbake-core 2.7.0 launcher (org.jbake.launcher.Main -b), asciidoctorj 2.5.13, freemarker 2.3.34; project from \`-i -t freemarker\` (stock example project and jbake.properties), every content type mapped to its page.ftl"
  else
    JBAKE_TEMPLATES=harness
    JBAKE_NOTE="jbake-core 2.7.0 launcher (org.jbake.launcher.Main -b), asciidoctorj 2.5.13, freemarker 2.3.34; **example project zip not found**: stock settings with the harness's minimal templates (see README)"
    log "JBake's example_project_freemarker.zip was not found: vanilla JBake runs with minimal templates (see README)"
  fi
fi

# A JBake project for one corpus: stock project, our content, our types mapped to page.ftl.
jbake_project() {
  local corpus="$1" dir="$2"
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$JBAKE_TEMPLATES" = example ]; then
    java -cp "$JB/lib/*:$JB/logging" org.jbake.launcher.Main -i -t freemarker "$dir" >"$RUNDIR/jbake-init.log" 2>&1 \
      || { tail -20 "$RUNDIR/jbake-init.log" >&2; die "jbake -i -t freemarker failed"; }
    [ -f "$dir/templates/page.ftl" ] || { tail -20 "$RUNDIR/jbake-init.log" >&2; die "jbake -i did not create templates/page.ftl"; }
    rm -rf "$dir/content"
  else
    mkdir -p "$dir/templates" "$dir/assets"
    cat >"$dir/jbake.properties" <<'EOF'
render.tags=false
render.sitemap=true
render.archive=true
EOF
    cat >"$dir/templates/page.ftl" <<'EOF'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${content.title!"JBake"}</title></head>
<body><nav><a href="${content.rootpath!""}index.html">Home</a> <a href="${content.rootpath!""}archive.html">Archive</a></nav>
<h1>${content.title!""}</h1><p><em>${content.date?string("dd MMMM yyyy")}</em></p>
${content.body}
</body></html>
EOF
    cat >"$dir/templates/index.ftl" <<'EOF'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>JBake</title></head><body>
<#list posts as post><#if post.status == "published"><h2>${post.title}</h2>${post.body}</#if></#list>
</body></html>
EOF
    cat >"$dir/templates/archive.ftl" <<'EOF'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Archive</title></head><body>
<ul><#list published_posts as post><li>${post.title}</li></#list></ul></body></html>
EOF
    cat >"$dir/templates/feed.ftl" <<'EOF'
<?xml version="1.0"?><rss version="2.0"><channel><title>JBake</title>
<#list published_posts as post><item><title>${post.title}</title></item></#list></channel></rss>
EOF
    cat >"$dir/templates/sitemap.ftl" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list published_content as content><url><loc>${config.site_host}/${content.uri}</loc></url></#list></urlset>
EOF
  fi
  cp -r "$corpus/content" "$dir/content"
  {
    echo
    echo "# benchmark: every content type of tillid-site rendered with the stock page template"
    for type in report annex programme keynote page search; do echo "template.$type.file=page.ftl"; done
  } >>"$dir/jbake.properties"
}

# ------------------------------------------------------------------ measuring
RAW="$RUNDIR/raw.tsv"
EDIT_LINE="Et nyt afsnit, skrevet af målingen: tillid vokser, når ledere og medarbejdere taler sammen om opgaven."
[ "$APPEND" = 1 ] || printf 'tool\tn\trun\texit\twall_ms\tcpu_ms\trss_kb\tload1\textra\n' >"$RAW"

# measure TOOL N RUN LOG -- command...: one process under GNU time; sets M_EXIT, appends nothing.
measure() {
  local log="$1"; shift
  local tfile="$log.time"
  M_LOAD=$(cut -d' ' -f1 /proc/loadavg)
  local t0 t1
  t0=$(date +%s%N)
  set +e
  /usr/bin/time -v -o "$tfile" timeout "$TIMEOUT" "$@" >"$log" 2>&1
  M_EXIT=$?
  set -e
  t1=$(date +%s%N)
  M_WALL=$(( (t1 - t0) / 1000000 ))
  M_RSS=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tfile" 2>/dev/null || echo 0)
  M_CPU=$(awk -F': ' '/User time \(seconds\)/ {u=$2} /System time \(seconds\)/ {s=$2} END {printf "%d", (u + s) * 1000}' "$tfile" 2>/dev/null || echo 0)
  # GNU time reports the command's exit status on its first line when it is not zero.
  if [ "$M_EXIT" != 0 ] && grep -q 'Command exited with non-zero status' "$tfile" 2>/dev/null; then
    M_EXIT=$(sed -n 's/.*non-zero status \([0-9]*\).*/\1/p' "$tfile" | head -1)
  fi
}

record() { # tool n run extra
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$M_EXIT" "$M_WALL" "$M_CPU" "${M_RSS:-0}" "$M_LOAD" "$4" >>"$RAW"
}

ours_extra() { # log → "bage=123;tjek=4;pages=100"
  local line
  line=$(grep -a 'Bygget:' "$1" | tail -1 || true)
  [ -n "$line" ] || { echo ""; return; }
  local stages pages
  stages=$(printf '%s\n' "$line" | sed 's/^.*Bygget: [0-9]* sider//' | grep -oP '[\p{L}][\p{L}_-]* \d+ ms' | awk '{printf "%s%s=%s", (NR > 1 ? ";" : ""), $1, $2}')
  pages=$(printf '%s\n' "$line" | sed -n 's/.*Bygget: \([0-9]*\) sider.*/\1/p')
  echo "${stages};pages=${pages}"
}

jbake_extra() {
  local line
  line=$(grep -a 'Baked [0-9]* items in [0-9]*ms' "$1" | tail -1 || true)
  [ -n "$line" ] || { echo ""; return; }
  printf '%s\n' "$line" | sed -n 's/.*Baked \([0-9]*\) items in \([0-9]*\)ms.*/items=\1;baked_ms=\2/p'
}

kv_extra() { # last line of key=value words → "k=v;k=v"
  grep -a '_ms=' "$1" | tail -1 | tr ' ' ';' || true
}

{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "command=bench/perf/run.sh${ARGS:+ $ARGS}"
  # The last commit that changed what the build does (not this benchmark).
  echo "commit=$(git -C "$REPO" log -1 --format='%h %cs %s' -- src pom.xml templates 2>/dev/null | cut -c1-110)$(git -C "$REPO" diff --quiet HEAD -- src pom.xml templates 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "nproc=$(nproc)"
  echo "memory=$(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
  echo "java=$(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
  echo "corpus=generated by GenerateCorpus.java, seed $SEED, ~800 words per page; sizes $SIZES; $RUNS cold run(s) each"
  echo "jbake=$JBAKE_NOTE"
  echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$RUNDIR/machine-this.txt"
if [ "$APPEND" = 1 ] && [ -f "$RUNDIR/machine.txt" ]; then
  # Keep the first run's machine lines; add this run's date, command, corpus and load (Report joins them).
  grep -E '^(date|command|commit|corpus|load_start)=' "$RUNDIR/machine-this.txt" >>"$RUNDIR/machine.txt"
  grep -E '^(load_end|elapsed)=' "$RUNDIR/machine-now.txt" 2>/dev/null | sed 's/^/previous_/' >>"$RUNDIR/machine.txt" || true
else
  mv "$RUNDIR/machine-this.txt" "$RUNDIR/machine.txt"
fi
rm -f "$RUNDIR/machine-this.txt"

# Writes results.md and results.svg from what has been measured so far.
report() {
  local elapsed=$(( $(date +%s) - START_S ))
  cp "$RUNDIR/machine.txt" "$RUNDIR/machine-now.txt"
  {
    echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "elapsed=$((elapsed / 60)) min $((elapsed % 60)) s"
  } >>"$RUNDIR/machine-now.txt"
  java -cp "$CLASSES" Report "$RAW" "$RUNDIR/machine-now.txt" "$OUT/results.md" "$OUT/results.svg"
}

IFS=',' read -r -a NS <<<"$SIZES"
FIRST=1
for N in "${NS[@]}"; do
  CORPUS="$WORK/corpus-$N"
  log "N=$N: generating the corpus in ${CORPUS#$REPO/}"
  java -cp "$CLASSES" GenerateCorpus "$REPO" "$CORPUS" "$N" "$SEED" >"$RUNDIR/generate-$N.log" 2>&1 \
    || { cat "$RUNDIR/generate-$N.log" >&2; die "corpus generation failed"; }
  OTHERS=1
  if [ "$OTHERS_MAX" -gt 0 ] && [ "$N" -gt "$OTHERS_MAX" ]; then OTHERS=0; fi
  if [ "$SKIP_JBAKE" = 0 ] && [ "$OTHERS" = 1 ]; then
    jbake_project "$CORPUS" "$WORK/jbake-$N"
  fi

  for RUN in $(seq 1 "$RUNS"); do
    rm -rf "$CORPUS/target"
    log "N=$N run $RUN/$RUNS: ours (java -jar target/tillid-site.jar build)"
    L="$RUNDIR/ours-$N-$RUN.log"
    measure "$L" java -jar "$JAR" build -C "$CORPUS"
    record ours "$N" "$RUN" "$(ours_extra "$L")"
    log "  exit $M_EXIT, ${M_WALL} ms wall, ${M_CPU} ms CPU, $((M_RSS / 1024)) MB"
    if [ "$M_EXIT" != 0 ]; then
      grep -a -v '^\s' "$L" | tail -15 >&2 || true
      if [ "$FIRST" = 1 ] && [ "$M_EXIT" != 124 ]; then
        report
        die "the generated corpus does not bake with our tool (N=$N); see $L"
      fi
    fi
    FIRST=0

    if [ "$SKIP_JBAKE" = 0 ] && [ "$OTHERS" = 1 ]; then
      rm -rf "$WORK/jbake-$N-out"
      log "N=$N run $RUN/$RUNS: vanilla JBake (org.jbake.launcher.Main -b)"
      L="$RUNDIR/jbake-$N-$RUN.log"
      measure "$L" java -cp "$JB/lib/*:$JB/logging" org.jbake.launcher.Main -b "$WORK/jbake-$N" "$WORK/jbake-$N-out"
      record jbake "$N" "$RUN" "$(jbake_extra "$L")"
      log "  exit $M_EXIT, ${M_WALL} ms wall, ${M_CPU} ms CPU, $((M_RSS / 1024)) MB"
      [ "$M_EXIT" = 0 ] || grep -a 'ERROR' "$L" | head -5 >&2 || true
    fi

    if [ "$SKIP_FLOOR" = 0 ] && [ "$OTHERS" = 1 ]; then
      log "N=$N run $RUN/$RUNS: floor (AsciidoctorJ, one thread)"
      L="$RUNDIR/floor-$N-$RUN.log"
      measure "$L" java -cp "$CLASSES:$LIB/*" FloorConvert "$CORPUS/content"
      record floor "$N" "$RUN" "$(kv_extra "$L")"
      log "  exit $M_EXIT, ${M_WALL} ms wall, ${M_CPU} ms CPU, $((M_RSS / 1024)) MB"
    fi
  done

  PAGES=("$CORPUS"/content/programmer/programme-*.adoc)
  PAGE="content/programmer/$(basename "${PAGES[0]}")"
  if [ "$SKIP_NEXT" = 0 ]; then
    # Ours: the last cold run's target/ stays, as a CI cache or an editor's second build would have it.
    cp "$CORPUS/$PAGE" "$RUNDIR/page-$N.orig"
    printf '\n%s\n' "$EDIT_LINE" >>"$CORPUS/$PAGE"
    log "N=$N: next build after one changed page ($PAGE)"
    L="$RUNDIR/next-$N.log"
    measure "$L" java -jar "$JAR" build -C "$CORPUS"
    record next "$N" 1 "$(ours_extra "$L")"
    log "  exit $M_EXIT, ${M_WALL} ms wall, ${M_CPU} ms CPU, $((M_RSS / 1024)) MB"
    [ "$M_EXIT" = 0 ] || grep -a -v '^\s' "$L" | tail -15 >&2 || true
    cp "$RUNDIR/page-$N.orig" "$CORPUS/$PAGE"

    if [ "$SKIP_JBAKE" = 0 ] && [ "$OTHERS" = 1 ]; then
      # JBake's incremental mode: a persistent (plocal) store, baked once, then the same edit baked again.
      P="$WORK/jbake-$N-plocal"
      cp -r "$WORK/jbake-$N" "$P"
      rm -rf "$WORK/jbake-$N-db" "$P-out"
      # JBake hands db.path to OrientDB as the database's name, which may not hold a slash: a bare name,
      # kept in the folder JBake is started from.
      printf '\n# benchmark: JBake'"'"'s incremental mode\ndb.store=plocal\ndb.path=%s\n' "jbake-$N-db" >>"$P/jbake.properties"
      cd "$WORK"
      log "N=$N: vanilla JBake with db.store=plocal, first bake"
      L="$RUNDIR/jbake-plocal-$N-cold.log"
      measure "$L" java -cp "$JB/lib/*:$JB/logging" org.jbake.launcher.Main -b "$P" "$P-out"
      COLD_MS=$M_WALL
      printf '\n%s\n' "$EDIT_LINE" >>"$P/$PAGE"
      log "N=$N: vanilla JBake with db.store=plocal, the same page changed"
      L="$RUNDIR/jbake-plocal-$N.log"
      measure "$L" java -cp "$JB/lib/*:$JB/logging" org.jbake.launcher.Main -b "$P" "$P-out"
      record jbake-incr "$N" 1 "$(jbake_extra "$L");cold_ms=$COLD_MS"
      log "  exit $M_EXIT, ${M_WALL} ms wall (first bake ${COLD_MS} ms), ${M_CPU} ms CPU, $((M_RSS / 1024)) MB"
      cd - >/dev/null
      rm -rf "$P" "$P-out" "$WORK/jbake-$N-db"
    fi
  fi

  if [ "$SKIP_WARM" = 0 ] && [ "$OTHERS" = 1 ]; then
    log "N=$N: serve, one changed page ($PAGE, WarmRebake)"
    L="$RUNDIR/warm-$N.log"
    measure "$L" java -cp "$CLASSES" WarmRebake "$JAR" "$CORPUS" "$PAGE"
    record warm "$N" 1 "$(kv_extra "$L")"
    log "  exit $M_EXIT: $(kv_extra "$L")"
    [ "$M_EXIT" = 0 ] || tail -15 "$L" >&2
  fi
  rm -rf "$WORK/jbake-$N-out" "$CORPUS/target"
  report   # after every size, so that an interrupted run still leaves the sizes it finished
done

report
ELAPSED=$(( $(date +%s) - START_S ))
log "done in $((ELAPSED / 60)) min $((ELAPSED % 60)) s: ${OUT#$REPO/}/results.md and results.svg (raw data and logs in ${RUNDIR#$REPO/})"
