#!/usr/bin/env bash
# Times `serve` as an editor feels it: from the command to the first HTTP 200 for the front page, then a save
# made at that moment until the served page shows it, then a second save. Prints one line per run.
#
#   bench/serve/start.sh [RUNS] [PROJECT]     (default: 3 runs, this repository)
#
# Each run starts after a `build` of PROJECT (not timed), as an editor's day does. JAR=... times another build of
# the tool (with its class data archive beside it).
# CPU is user + sys of the launcher and its worker JVM by the first 200 (from /proc, in seconds).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-3}
project=$(cd "${2:-$here}" && pwd)
jar=${JAR:-$here/target/tillid-site.jar}
page=content/om/index.adoc
[ -f "$project/$page" ] || page=$(cd "$project" && ls content/*.adoc | head -1)
url_page=${page#content/}; url_page=${url_page%.adoc}.html
port=$((18000 + RANDOM % 2000))
now() { date +%s.%N; }
cpu_of_tree() { # seconds of user+sys of pid $1 and its children
  local total=0 p
  for p in $1 $(pgrep -P "$1" || true); do
    if [ -r /proc/$p/stat ]; then
      total=$((total + $(awk '{print $14 + $15}' /proc/$p/stat)))
    fi
  done
  echo "scale=2; $total / $(getconf CLK_TCK)" | bc
}
wait_for() { # url, grep pattern (or empty for status 200), start time -> prints seconds
  # A page is looked for every 20 ms, a save's text every 100 ms: a curl per 20 ms costs the machine half a core.
  local url=$1 pattern=$2 start=$3 every=0.02
  [ -n "$pattern" ] && every=0.1
  while :; do
    if [ -z "$pattern" ]; then
      [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ] && break
    else
      curl -s "$url" | grep -q "$pattern" && break
    fi
    sleep $every
  done
  echo "$(now) - $start" | bc
}
backup=$(mktemp)
cp "$project/$page" "$backup"
trap 'cp "$backup" "$project/$page"; rm -f "$backup"; [ -n "${pid:-}" ] && kill $pid 2>/dev/null; true' EXIT
echo "# $(uptime)"
for run in $(seq "$runs"); do
  cp "$backup" "$project/$page"
  (cd "$project" && java -jar "$jar" build >/dev/null 2>&1)
  log=$(mktemp)
  start=$(now)
  (cd "$project" && exec java -jar "$jar" serve --port "$port") 2>"$log" &
  pid=$!
  first=$(wait_for "http://127.0.0.1:$port/" "" "$start")
  cpu=$(cpu_of_tree $pid)
  mark=benchmark$run$RANDOM
  printf '\n%s\n' "$mark" >> "$project/$page"
  saved=$(now)
  save1=$(wait_for "http://127.0.0.1:$port/$url_page" "$mark" "$saved")
  cpu1=$(cpu_of_tree $pid)
  mark2=benchmark$run$RANDOM
  printf '\n%s\n' "$mark2" >> "$project/$page"
  saved=$(now)
  save2=$(wait_for "http://127.0.0.1:$port/$url_page" "$mark2" "$saved")
  kill -TERM $pid; wait $pid 2>/dev/null || true; pid=
  echo "run $run: first 200 after ${first} s (CPU ${cpu} s), first save (made then) shown after ${save1} s, that is $(echo "$first + $save1" | bc) s after the command (CPU ${cpu1} s); second save after ${save2} s; $(grep -o 'vist efter [0-9]* ms' "$log" | tr '\n' ' ')"
  rm -f "$log"
done
