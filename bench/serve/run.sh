#!/usr/bin/env bash
# Load and memory benchmark of `callroute serve` on loopback, with wrk (Debian: apt-get install
# wrk). Starts the server through the launcher (its bounded heap), then:
#   1. 16 clients (16 wrk threads, one connection each) stepping 16 sessions for DURATION seconds;
#      prints requests/s, p50/p99 latency, errors, and the server's resident memory;
#   2. creates sessions for CREATE seconds (well past 10x the session cap) and prints resident
#      memory after 1x, 10x and the total.
# Usage: bench/serve/run.sh [DURATION=45] [CREATE=8]. Bounded in time; not part of `verify`.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-45}"
create="${2:-8}"
port="${PORT:-18765}"
here="bench/serve"
cap=1000
./callroute serve --port "$port" --max-sessions "$cap" >/tmp/callroute-bench-serve.log 2>&1 &
launcher=$!
trap 'kill "$launcher" 2>/dev/null || true' EXIT
url="http://127.0.0.1:$port"
for _ in $(seq 1 300); do curl -s -o /dev/null "$url/" && break; sleep 0.2; done
pid="$(pgrep -f "callroute.jar serve --port $port" | head -n 1)"
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$pid/status"; }
post() { curl -s -X POST -H 'Content-Type: application/json' -d "$2" "$url$1"; }
echo "server pid $pid, resident memory at start: $(rss)"

sessions="$(mktemp)"
for _ in $(seq 1 16); do
  id="$(post /api/sessions '{}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
  steps='[{"kind":"connect","accessory":"airpods"},{"kind":"incomingCall","call":"c1"},
    {"kind":"answer","call":"c1","via":"airpods"},{"kind":"callScreen","pick":"iphone"},
    {"kind":"callScreen","pick":"airpods"},{"kind":"end","call":"c1"},
    {"kind":"disconnect","accessory":"airpods"},{"kind":"connect","accessory":"airpods"}]'
  post "/api/sessions/$id/steps" "{\"steps\": $steps}" >/dev/null
  echo "$id" >>"$sessions"
done

echo "== 16 clients stepping sessions for ${duration}s"
SESSIONS="$sessions" wrk -t16 -c16 -d"${duration}s" --latency -s "$here/step.lua" "$url"
echo "resident memory after the step run: $(rss)"

echo "== creating sessions: 10x the cap ($cap), then for ${create}s more"
create_n() {
  python3 - "$port" "$1" <<'PY'
import http.client, sys
conn = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]))
bad = 0
for _ in range(int(sys.argv[2])):
    conn.request("POST", "/api/sessions", "{}", {"Content-Type": "application/json"})
    r = conn.getresponse()
    r.read()
    bad += r.status != 201
print("created", sys.argv[2], "sessions, errors:", bad)
PY
}
create_n "$cap"
echo "resident memory after 1x the cap: $(rss)"
create_n "$((9 * cap))"
echo "resident memory after 10x the cap: $(rss)"
wrk -t2 -c8 -d"${create}s" -s "$here/create.lua" "$url"
echo "resident memory after the create run: $(rss)"
rm -f "$sessions"
