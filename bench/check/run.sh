#!/usr/bin/env bash
# Times `tillid-site check` against linkinator on the same generated 1000-page site, each from a cold start.
# Usage: bench/check/run.sh [PAGES] [RUNS]   (defaults: 1000 pages, 3 runs of each tool)
# Needs: Java 17, Maven (to build the jar if missing), Node.js with npm (linkinator is installed into a
# temporary directory from the npm registry; nothing is installed globally).
set -euo pipefail

PAGES=${1:-1000}
RUNS=${2:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
PROJECT=$(cd "$HERE/../.." && pwd)
JAR="$PROJECT/target/tillid-site.jar"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [[ ! -f "$JAR" ]]; then
    echo "Building $JAR …" >&2
    (cd "$PROJECT" && mvn -q package -DskipTests)
fi

SITE="$WORK/site"
java "$HERE/GenerateSite.java" "$SITE" "$PAGES"
echo "Site: $(find "$SITE" -name '*.html' | wc -l) HTML pages, $(find "$SITE" -type f | wc -l) files, $(du -sh "$SITE" | cut -f1)"

# linkinator 8 needs Node 22; on older Node take the newest release that still runs there.
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
LINKINATOR_VERSION=latest
if (( NODE_MAJOR < 22 )); then LINKINATOR_VERSION=7; fi
npm install --silent --no-audit --no-fund --prefix "$WORK/npm" "linkinator@$LINKINATOR_VERSION" >/dev/null
LINKINATOR="$WORK/npm/node_modules/.bin/linkinator"
echo "linkinator $("$LINKINATOR" --version), $(java -version 2>&1 | head -1), node $(node --version), $(nproc) cores"

# "wall cpu status" of one command: seconds of wall-clock time, seconds of CPU time (user + system, all
# threads) and the exit status, which is 0 unless the tool found broken links in this site that has none.
measure() {
    local timing status=0
    timing=$( { TIMEFORMAT='%R %U %S'; time "$@" >"$WORK/out.txt" 2>&1; } 2>&1 ) || status=$?
    if ((status != 0)); then
        echo "exit $status from $1: $(tail -1 "$WORK/out.txt")" >&2
    fi
    awk -v status="$status" '{ printf "%.2f %.2f %d", $1, $2 + $3, status }' <<<"$timing"
}

echo "load average (1, 5, 15 min) before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
ours=()
ours_c1=()
theirs=()
for ((run = 1; run <= RUNS; run++)); do
    ours+=("$(measure java -jar "$JAR" check "$SITE")")
    # The same with the quick JIT compiler only: on a small or busy machine C2 costs more than it saves.
    ours_c1+=("$(measure java -XX:TieredStopAtLevel=1 -jar "$JAR" check "$SITE")")
    # Same ground for both: CSS and fragments checked, the generated external links not requested.
    theirs+=("$(measure "$LINKINATOR" "$SITE" --recurse --check-css --check-fragments --skip 'example\.invalid')")
done

report() {
    local name=$1
    shift
    printf '%-18s wall %s s (best %s s); cpu %s s; exit %s\n' "$name" \
        "$(printf '%s\n' "$@" | cut -d' ' -f1 | paste -sd' ')" \
        "$(printf '%s\n' "$@" | cut -d' ' -f1 | sort -n | head -1)" \
        "$(printf '%s\n' "$@" | cut -d' ' -f2 | paste -sd' ')" \
        "$(printf '%s\n' "$@" | cut -d' ' -f3 | paste -sd' ')"
}
echo "load average (1, 5, 15 min) after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
report "tillid-site check" "${ours[@]}"
report "  (C1 only)" "${ours_c1[@]}"
report "linkinator" "${theirs[@]}"
