#!/usr/bin/env bash
# Benchmarks the site search against Pagefind: answer quality on the real site, speed and size on a generated one.
# Usage: bench/search/run.sh [pages]   (default 1000; MVN_FLAGS=-o to build offline)
#        bench/search/run.sh quality   (only the labelled queries on the real site; QUALITY_HALVES="tune" to
#                                       score the tuning half alone)
# Needs: JDK 17, Maven, Node/npm (Pagefind is installed from the npm registry into a temp dir),
# /usr/bin/chromium and /usr/bin/chromedriver. See bench/search/README.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
pages=${1:-1000}
quality_only=false
if [ "$pages" = quality ]; then quality_only=true; pages=0; fi
queries=(tillid ledelse Thygesen Tygesen sty)
work=$(mktemp -d "${TMPDIR:-/tmp}/search-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

cd "$project"
echo "== building the tool, the test classes and the real site (target/site)"
mvn -q ${MVN_FLAGS:-} package -DskipTests
mvn -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"
# The measuring half lives here, not in src/test: it reads the clock, which no test does.
javac -nowarn -d "$work/bench-classes" -cp "$cp" "$here"/*.java
cp="$work/bench-classes:$cp"

echo "== installing Pagefind"
npm install --prefix "$work/npm" --no-audit --no-fund --loglevel=error pagefind@1 >/dev/null
"$work/npm/node_modules/.bin/pagefind" --version

echo "== quality: the labelled queries (queries.tsv) on the real site, ours and Pagefind"
cp -r target/site "$work/real"
cp "$here/pagefind-bench.html" "$here/pagefind-bench.js" "$work/real/"
java -cp "$cp" dk.kk.tillid.index.SearchBench pagefind-body "$work/real"
"$work/npm/node_modules/.bin/pagefind" --site "$work/real" --output-subdir pagefind --silent
java -cp "$cp" dk.kk.tillid.index.SearchBench quality "$work/real" "$here/queries.tsv" \
  target/search-bench-ranks.tsv ${QUALITY_HALVES:-tune heldout} 2>/dev/null
echo "(each query's rank in both: target/search-bench-ranks.tsv)"
if $quality_only; then exit 0; fi

echo "== generating $pages pages"
java -cp "$cp" dk.kk.tillid.index.BenchSite "$work/site" "$pages"

echo "== index build (wall and CPU time of the whole process), ${runs:=5} runs each, alternating"
echo "load before: $(uptime)"
# Our indexer runs with the JVM options the tool's build gives its own JVM (cli/TunedJvm).
for i in $(seq "$runs"); do
  /usr/bin/time -f "ours %e %U %S" -a -o "$work/times" \
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cp" dk.kk.tillid.index.SearchBench index "$work/site" >/dev/null
  /usr/bin/time -f "pagefind %e %U %S" -a -o "$work/times" \
    "$work/npm/node_modules/.bin/pagefind" --site "$work/site" --output-subdir pagefind --silent
done
echo "load after: $(uptime)"
java -cp "$cp" dk.kk.tillid.index.SearchBench index "$work/site" | sed 's/ in .*//'
awk '{ cpu = $3 + $4; print $1, "run:", $2, "s wall,", cpu, "s CPU (user + sys)" }' "$work/times"
for tool in ours pagefind; do
  grep "^$tool " "$work/times" | awk '{ print $3 + $4, $2 }' | sort -n \
    | awk -v tool="$tool" '{ cpu[NR] = $1; wall[NR] = $2 } END { m = int((NR + 1) / 2); print tool ": median CPU", cpu[m], "s (wall of that run", wall[m], "s)" }'
done

echo "== index size"
java -cp "$cp" dk.kk.tillid.index.SearchBench sizes "$work/site" search pagefind

echo "== first query in a cold headless Chromium (results page, 20 results shown)"
cp "$here/pagefind-bench.html" "$here/pagefind-bench.js" "$work/site/"
java -cp "$cp" dk.kk.tillid.index.SearchBench browser "$work/site" "${queries[@]}" 2>/dev/null
