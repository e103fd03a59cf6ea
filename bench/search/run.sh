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

echo "== index build (wall and CPU time of the whole process)"
/usr/bin/time -f "ours: %e s wall, %U s user + %S s sys CPU (JVM start included)" \
  java -cp "$cp" dk.kk.tillid.index.SearchBench index "$work/site"
/usr/bin/time -f "Pagefind: %e s wall, %U s user + %S s sys CPU" \
  "$work/npm/node_modules/.bin/pagefind" --site "$work/site" --output-subdir pagefind --silent

echo "== index size"
java -cp "$cp" dk.kk.tillid.index.SearchBench sizes "$work/site" search pagefind

echo "== first query in a cold headless Chromium (results page, 20 results shown)"
cp "$here/pagefind-bench.html" "$here/pagefind-bench.js" "$work/site/"
java -cp "$cp" dk.kk.tillid.index.SearchBench browser "$work/site" "${queries[@]}" 2>/dev/null
