#!/usr/bin/env bash
# Benchmarks the site search against Pagefind on the same generated Danish site.
# Usage: bench/search/run.sh [pages]   (default 1000; MVN_FLAGS=-o to build offline)
# Needs: JDK 17, Maven, Node/npm (Pagefind is installed from the npm registry into a temp dir),
# /usr/bin/chromium and /usr/bin/chromedriver. See bench/search/README.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
pages=${1:-1000}
queries=(tillid ledelse Thygesen Tygesen sty)
work=$(mktemp -d "${TMPDIR:-/tmp}/search-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

cd "$project"
echo "== building test classes"
mvn -q ${MVN_FLAGS:-} test-compile
mvn -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"
# The measuring half lives here, not in src/test: it reads the clock, which no test does.
javac -nowarn -d "$work/bench-classes" -cp "$cp" "$here/SearchBench.java"
cp="$work/bench-classes:$cp"

echo "== generating $pages pages"
java -cp "$cp" dk.kk.tillid.index.BenchSite "$work/site" "$pages"

echo "== installing Pagefind"
npm install --prefix "$work/npm" --no-audit --no-fund --loglevel=error pagefind@1 >/dev/null
"$work/npm/node_modules/.bin/pagefind" --version

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
