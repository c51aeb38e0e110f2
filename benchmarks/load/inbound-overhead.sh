#!/usr/bin/env bash
# What the inbound proxy costs on top of the scan: p50 and p99 over loopback of a 1 KB request answered with 10 KB,
# measured with wrk against (a) the upstream alone, (b) POST /v1/scan of the same call (the scan alone) and
# (c) POST /inbound/<prefix>/... (authentication, rate limit, scan, forwarding with the stored credential, the answer
# streamed back and classified). Prints one line per scenario and connection count, then the overheads.
#
#   benchmarks/load/inbound-overhead.sh          # H2, a fresh database in a temporary folder
#
# Builds nothing: it runs service/target/interven.jar (mvn -B -ntp package -DskipTests) with config.yml and the
# plugins in plugins/, and the upstream benchmarks/load/TenKilobyteUpstream.java. Settings: DURATION (seconds per
# measurement, default 20), WARMUP (seconds of each gateway scenario before anything is measured, default 20),
# CONNECTION_COUNTS (default "1 8"), PORT / ADMIN_PORT / UPSTREAM_PORT (default 18080 / 18081 / 18090).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/service/target/interven.jar"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-20}"
CONNECTION_COUNTS="${CONNECTION_COUNTS:-1 8}"
PORT="${PORT:-18080}"
ADMIN_PORT="${ADMIN_PORT:-18081}"
UPSTREAM_PORT="${UPSTREAM_PORT:-18090}"

[[ -f "$JAR" ]] || { echo "missing $JAR: build it first with mvn -B -ntp package -DskipTests" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
  echo "wrk is missing; installing the Debian package" >&2
  apt-get install -y wrk >/dev/null || { echo "install wrk (apt-get install wrk) and run again" >&2; exit 1; }
fi

WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# the upstream
java -Dsun.net.httpserver.nodelay=true "$ROOT/benchmarks/load/TenKilobyteUpstream.java" "$UPSTREAM_PORT" >"$WORK/upstream.log" 2>&1 &
PIDS+=($!)

# the gateway, on a fresh H2 database, trusting loopback upstreams (the benchmark's upstream is one)
KEY="iv_live_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export INTERVEN_BOOTSTRAP_KEY="$KEY" INTERVEN_PORT="$PORT" INTERVEN_ADMIN_PORT="$ADMIN_PORT"
export INTERVEN_DB_URL="jdbc:h2:$WORK/interven"
export INTERVEN_MASTER_KEY="$(head -c 32 /dev/urandom | base64)"
export RATE_LIMIT_PER_MINUTE=100000000            # counted on every call, never reached
export INTERVEN_PLUGINS_DIR="$ROOT/plugins"
(cd "$ROOT" && exec java ${JAVA_OPTS:--Xmx512m} -Ddw.inbound.allowPrivateUpstreams=true -jar "$JAR" server \
  config.yml >"$WORK/gateway.log" 2>&1) &
PIDS+=($!)
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$ADMIN_PORT/ping" >/dev/null 2>&1 && curl -fs -o /dev/null \
    "http://127.0.0.1:$UPSTREAM_PORT/" && break
  sleep 1
done
curl -fs "http://127.0.0.1:$ADMIN_PORT/ping" >/dev/null || { echo "the gateway did not start:" >&2; tail -20 "$WORK/gateway.log" >&2; exit 1; }

# the route to the upstream, its credential a header
curl -fs -o /dev/null -X POST "http://127.0.0.1:$PORT/v1/admin/inbound-routes" -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' -d "{\"prefix\":\"bench\",\"upstream_base_url\":\"http://127.0.0.1:$UPSTREAM_PORT/api\",
  \"credential\":{\"type\":\"header\",\"name\":\"X-Api-Key\",\"value\":\"bench-upstream-credential\"},
  \"env_name\":\"production\",\"platform\":\"custom\"}"

# a benign 1 KB JSON body: prose without a secret or personal data, so the decision is ALLOW and the call is forwarded
BODY='{"subject":"Weekly planning summary","notes":['
separator=""
for i in 1 2 3 4 5 6 7 8; do
  BODY+="$separator\"Item $i: the team reviewed the roadmap, agreed on owners for the open tasks and moved the review to next week.\""
  separator=","
done
BODY+='],"status":"draft"}'
SCAN="{\"method\":\"POST\",\"url\":\"http://127.0.0.1:$UPSTREAM_PORT/api/notes\",\"headers\":{\"Content-Type\":\"application/json\"},\"body\":$BODY}"

script() {  # $1 body, $2 key or "" -> a wrk Lua script that POSTs it
  local file="$WORK/post-$RANDOM.lua"
  { printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
    [[ -n "$2" ]] && printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$2"
    printf 'wrk.body = [[%s]]\n' "$1"; } >"$file"
  echo "$file"
}
UPSTREAM_SCRIPT="$(script "$BODY" "")"
SCAN_SCRIPT="$(script "$SCAN" "$KEY")"
INBOUND_SCRIPT="$(script "$BODY" "$KEY")"

# check once that the proxied call is allowed and forwarded, and that the scan of it is an ALLOW too
decision="$(curl -fs -D - -o "$WORK/answer" -X POST "http://127.0.0.1:$PORT/inbound/bench/notes" \
  -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d "$BODY" | tr -d '\r' \
  | awk -F': ' 'tolower($1) == "x-interven-decision" { print $2 }')"
[[ "$decision" == ALLOW ]] || { echo "the proxied call was not allowed ($decision)" >&2; exit 1; }
[[ "$(wc -c <"$WORK/answer")" -ge 10000 ]] || { echo "the upstream's answer did not come back" >&2; exit 1; }
curl -fs -X POST "http://127.0.0.1:$PORT/v1/scan" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d "$SCAN" | grep -q '"decision":"ALLOW"' || { echo "the scan of the call is not ALLOW" >&2; exit 1; }
echo "request body $(printf '%s' "$BODY" | wc -c) bytes, answer $(wc -c <"$WORK/answer") bytes"

measure() {  # $1 url, $2 script, $3 connections, $4 seconds -> "requests/s p50 p99" (ms)
  local out
  out="$(wrk -t"$(( $3 < 2 ? 1 : 2 ))" -c"$3" -d"$4s" --latency -s "$2" "$1")"
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers from $1:" >&2; echo "$out" >&2; exit 1; fi
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }' <<<"$out"
}

# warm the JIT up on both gateway paths first
measure "http://127.0.0.1:$PORT/v1/scan" "$SCAN_SCRIPT" 8 "$WARMUP" >/dev/null
measure "http://127.0.0.1:$PORT/inbound/bench/notes" "$INBOUND_SCRIPT" 8 "$WARMUP" >/dev/null

printf '%-9s %5s %10s %8s %8s   (%s s each, H2, %s)\n' scenario conns req/s p50_ms p99_ms "$DURATION" "$(date -u +%F)"
for connections in $CONNECTION_COUNTS; do
  read -r u_rps u50 u99 < <(measure "http://127.0.0.1:$UPSTREAM_PORT/api/notes" "$UPSTREAM_SCRIPT" "$connections" "$DURATION")
  read -r s_rps s50 s99 < <(measure "http://127.0.0.1:$PORT/v1/scan" "$SCAN_SCRIPT" "$connections" "$DURATION")
  read -r i_rps i50 i99 < <(measure "http://127.0.0.1:$PORT/inbound/bench/notes" "$INBOUND_SCRIPT" "$connections" "$DURATION")
  printf '%-9s %5s %10s %8s %8s\n' upstream "$connections" "$u_rps" "$u50" "$u99"
  printf '%-9s %5s %10s %8s %8s\n' scan "$connections" "$s_rps" "$s50" "$s99"
  printf '%-9s %5s %10s %8s %8s\n' inbound "$connections" "$i_rps" "$i50" "$i99"
  awk -v i50="$i50" -v i99="$i99" -v s50="$s50" -v s99="$s99" -v u50="$u50" -v u99="$u99" -v c="$connections" \
    'BEGIN { printf "overhead  %5s  p50 %+.2f ms over the scan (%+.2f over scan + upstream), p99 %+.2f ms (%+.2f)\n",
             c, i50 - s50, i50 - s50 - u50, i99 - s99, i99 - s99 - u99 }'
done
