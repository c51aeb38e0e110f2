#!/usr/bin/env bash
# What the inbound proxy costs on top of the scan (issue 11, point 6): p50 and p99 over loopback of a 1 KB call whose
# answer is 10 KB, measured with a load generator against a gateway started from scratch.
#
#   benchmarks/load/inbound-overhead.sh
#   DURATION=30 CONNECTIONS=16 RATE=300 benchmarks/load/inbound-overhead.sh
#
# Builds nothing: it runs service/target/interven.jar with config.yml and the plugin jars in plugins/, as built by
# `mvn -B -ntp package -DskipTests` (INTERVEN_HOME names another checkout to measure), and starts:
#   - a stand-in upstream on a free loopback port (benchmarks/load/TenKbUpstream.java, run as a single-file Java
#     program): every request gets the same benign 10,240-byte JSON answer;
#   - the gateway on a fresh H2 database in a temporary folder, on free ports, with a bootstrap key, a random master
#     key, a rate limit that is never reached, and loopback upstreams allowed (inbound.allowPrivateUpstreams); one
#     inbound route, prefix `bench`, to the upstream with a header
#     credential.
# Scenarios, each with the same connections and duration, after a warm-up of its own (and one of the whole path
# first, so that no scenario measures a cold JIT):
#   upstream     POST the 1 KB body to the upstream directly: what the client, loopback and the upstream cost
#   scan         POST /v1/scan of the same call (method, upstream URL, Content-Type, the 1 KB body): the scan alone
#   inbound      POST /inbound/bench/... with the 1 KB body: route, scan, forward with the credential, the 10 KB
#                answer streamed back and then classified (a JSON answer, as a /v1/scan/response report would be)
#   inbound-raw  the same, but the upstream answers application/octet-stream, which the gateway streams back without
#                classifying: the difference to `inbound` is the answer's classification and its stored report
# Two modes: fixed concurrency (wrk, CONNECTIONS connections, as fast as they go: throughput, and latency under
# saturation) and fixed rate (hey, RATE requests/s spread over CONNECTIONS workers: latency without queueing, as long
# as the machine keeps up with RATE). wrk is used for the first because it is the lightest client (C, event loop),
# which matters when the client shares two cores with the gateway; it cannot hold a fixed rate, hey can (-q per
# worker) and prints the latency distribution (p50, p99) with 0.1 ms resolution.
#
# Settings (environment): DURATION (seconds measured per scenario, default 20), WARMUP (seconds of warm-up before
# each scenario, default 10; the whole path gets 3 x WARMUP first), CONNECTIONS (default 8), RATE (total requests/s
# of the fixed-rate runs, default 200, 0 skips them), SCENARIOS (default "upstream scan inbound inbound-raw"),
# FIRST_PORT (free ports are taken from here up, default 18180), JAVA_OPTS (the gateway's, default -Xmx512m),
# GATEWAY_LOG (a file to keep the gateway's log in; otherwise only its WARN and ERROR lines are counted).
#
# It fails (exit 1) when the first answers are not what is measured (the scan not ALLOW, the proxied call not
# forwarded with X-Interven-Decision: ALLOW and the 10 KB answer), when a run has a non-2xx answer or a socket
# error, or when the upstream received fewer credentialed calls than the proxy answered. Everything it starts is
# stopped on exit.
set -euo pipefail

ROOT="${INTERVEN_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAR="$ROOT/service/target/interven.jar"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-10}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS=$(( CONNECTIONS < 2 ? 1 : 2 ))
RATE="${RATE:-200}"
SCENARIOS="${SCENARIOS:-upstream scan inbound inbound-raw}"
FIRST_PORT="${FIRST_PORT:-18180}"

fail() { echo "inbound-overhead: $*" >&2; exit 1; }

# ---- what must be there -----------------------------------------------------------------------------------------
[[ -f "$JAR" ]] || fail "missing $JAR: build first with mvn -B -ntp package -DskipTests"
compgen -G "$ROOT/plugins/*.jar" >/dev/null || fail "no plugin jar in $ROOT/plugins: build first with mvn -B -ntp package -DskipTests"
[[ -f "$HERE/TenKbUpstream.java" ]] || fail "missing $HERE/TenKbUpstream.java"
(( RATE == 0 || RATE >= CONNECTIONS )) || fail "RATE must be 0 or at least CONNECTIONS ($CONNECTIONS)"
for scenario in $SCENARIOS; do
  [[ " upstream scan inbound inbound-raw " == *" $scenario "* ]] || fail "unknown scenario $scenario"
done

# the load generators: Debian packages wrk and hey, installed when missing (as root, or with password-less sudo)
install_package() {  # $1 command, $2 Debian package
  command -v "$1" >/dev/null && return 0
  echo "$1 is missing; installing the Debian package $2" >&2
  local as=()
  [[ $(id -u) -eq 0 ]] || as=(sudo -n)
  "${as[@]}" apt-get install -y "$2" >/dev/null || fail "install $2 (apt-get install $2) and run again"
}
install_package wrk wrk
(( RATE == 0 )) || install_package hey hey

# ---- ports, temporary folder, cleanup ---------------------------------------------------------------------------
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
TAKEN=" "
next_free_port() {  # sets FREE_PORT to the first port from $1 up that nothing listens on and not taken yet
  local port=$1
  while listening "$port" || [[ $TAKEN == *" $port "* ]]; do
    port=$((port + 1))
    ((port < 65535)) || fail "no free port from $1 up"
  done
  TAKEN+="$port "
  FREE_PORT=$port
}
next_free_port "$FIRST_PORT"; UPSTREAM_PORT=$FREE_PORT
next_free_port "$FIRST_PORT"; PORT=$FREE_PORT
next_free_port "$FIRST_PORT"; ADMIN_PORT=$FREE_PORT

WORK="$(mktemp -d)"
UPSTREAM_PID=""
GATEWAY_PID=""
cleanup() {
  [[ -z ${GATEWAY_LOG:-} || ! -f $WORK/gateway.log ]] || cp "$WORK/gateway.log" "$GATEWAY_LOG"
  for pid in $GATEWAY_PID $UPSTREAM_PID; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "load before: $(uptime)"

# ---- the upstream -----------------------------------------------------------------------------------------------
CREDENTIAL="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
java -Dsun.net.httpserver.nodelay=true "$HERE/TenKbUpstream.java" "$UPSTREAM_PORT" X-Bench-Credential "$CREDENTIAL" \
  >"$WORK/upstream.log" 2>&1 &
UPSTREAM_PID=$!
UPSTREAM="http://127.0.0.1:$UPSTREAM_PORT"
for _ in $(seq 1 60); do
  curl -fs "$UPSTREAM/__count" >/dev/null 2>&1 && break
  kill -0 "$UPSTREAM_PID" 2>/dev/null || { cat "$WORK/upstream.log" >&2; fail "the upstream did not start"; }
  sleep 0.5
done
# sets U_TOTAL (calls the upstream answered) and U_CRED (those that carried the route's credential)
count_upstream() {
  local counts
  counts="$(curl -fs "$UPSTREAM/__count")" || fail "the upstream does not answer its count"
  read -r U_TOTAL U_CRED <<<"$counts"
}

# ---- the gateway ------------------------------------------------------------------------------------------------
KEY="iv_live_$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
(
  cd "$ROOT"
  export INTERVEN_BOOTSTRAP_KEY="$KEY"
  INTERVEN_MASTER_KEY="$(head -c 32 /dev/urandom | base64)"
  export INTERVEN_MASTER_KEY
  export RATE_LIMIT_PER_MINUTE=100000000   # every call is counted, the limit is never reached
  # shellcheck disable=SC2086
  exec java ${JAVA_OPTS:--Xmx512m} \
    "-Ddw.database.url=jdbc:h2:$WORK/interven" \
    "-Ddw.server.applicationConnectors[0].port=$PORT" \
    "-Ddw.server.adminConnectors[0].port=$ADMIN_PORT" \
    "-Ddw.plugins.directory=$ROOT/plugins" \
    "-Ddw.inbound.allowPrivateUpstreams=true" \
    -jar "$JAR" server config.yml
) >"$WORK/gateway.log" 2>&1 &
GATEWAY_PID=$!
GATEWAY="http://127.0.0.1:$PORT"
for i in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$ADMIN_PORT/healthcheck" >/dev/null 2>&1 && break
  kill -0 "$GATEWAY_PID" 2>/dev/null || { tail -30 "$WORK/gateway.log" >&2; fail "the gateway did not start"; }
  (( i < 180 )) || { tail -30 "$WORK/gateway.log" >&2; fail "the gateway is not healthy after 90 s"; }
  sleep 0.5
done

# ---- the route --------------------------------------------------------------------------------------------------
status="$(curl -s -o "$WORK/route.json" -w '%{http_code}' -X POST "$GATEWAY/v1/admin/inbound-routes" \
  -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d '{
    "prefix": "bench", "upstream_base_url": "'"$UPSTREAM"'/api",
    "credential": {"type": "header", "name": "X-Bench-Credential", "value": "'"$CREDENTIAL"'"},
    "allowed_methods": ["POST"], "env_name": "production", "platform": "custom"}')"
[[ $status == 201 ]] || { cat "$WORK/route.json" >&2; echo >&2; fail "creating the route answered $status"; }

# ---- the 1 KB call ----------------------------------------------------------------------------------------------
# Benign prose (no secret, no personal data, no digits), so that the decision is ALLOW and the call is forwarded.
PROSE="Please add the following to the shared garden notes. The tomatoes on the east side need water every morning \
before the sun is high, the basil should move to the sunny corner next to the shed, and the north beds need more \
mulch before the cold weeks. The compost heap is ready to be turned again, and the old fence by the gate could use \
a coat of paint when the weather is dry. "
BODY_PREFIX='{"subject":"Garden notes for the week","notes":"'
BODY_SUFFIX='"}'
filler="$PROSE$PROSE$PROSE$PROSE"
BODY="$BODY_PREFIX${filler:0:$((1024 - ${#BODY_PREFIX} - ${#BODY_SUFFIX}))}$BODY_SUFFIX"
printf '%s' "$BODY" >"$WORK/body.json"
[[ $(wc -c <"$WORK/body.json") -eq 1024 ]] || fail "the body is not 1,024 bytes"
UPSTREAM_PATH="/api/v1/notes"
printf '{"method":"POST","url":"%s%s","headers":{"Content-Type":"application/json"},"body":%s}' \
  "$UPSTREAM" "$UPSTREAM_PATH" "$BODY" >"$WORK/scan.json"

# the first answers: the scan ALLOWs the call, and the proxy forwards it and streams the 10 KB answer back
decision="$(curl -fs -X POST "$GATEWAY/v1/scan" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  --data-binary "@$WORK/scan.json" | sed -nE 's/.*"decision":"([A-Z_]+)".*/\1/p')"
[[ $decision == ALLOW ]] || fail "POST /v1/scan of the 1 KB call answered ${decision:-no decision}, not ALLOW"
count_upstream; before_total=$U_TOTAL before_cred=$U_CRED
for path in /v1/notes /v1/notes/raw; do
  status="$(curl -s -D "$WORK/headers" -o "$WORK/answer" -w '%{http_code}' -X POST "$GATEWAY/inbound/bench$path" \
    -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' --data-binary "@$WORK/body.json")"
  [[ $status == 200 ]] || { cat "$WORK/answer" >&2; echo >&2; fail "POST /inbound/bench$path answered $status"; }
  grep -qi '^X-Interven-Decision: ALLOW' "$WORK/headers" \
    || { cat "$WORK/headers" >&2; fail "POST /inbound/bench$path: no X-Interven-Decision: ALLOW"; }
  [[ $(wc -c <"$WORK/answer") -eq 10240 ]] || fail "POST /inbound/bench$path: the answer is not the upstream's 10 KB"
done
count_upstream; after_total=$U_TOTAL after_cred=$U_CRED
(( after_cred - before_cred == 2 && after_total - before_total == 2 )) \
  || fail "the upstream did not receive the two proxied calls with the route's credential"

# ---- measuring --------------------------------------------------------------------------------------------------
# wrk Lua script: POST the file $2 with Content-Type JSON and, for the gateway, the key
wrk_script() {  # $1 file to write, $2 body file, $3 "key" or ""
  {
    echo 'wrk.method = "POST"'
    echo 'wrk.headers["Content-Type"] = "application/json"'
    [[ -n $3 ]] && echo "wrk.headers[\"Authorization\"] = \"Bearer $KEY\""
    echo "local f = assert(io.open(\"$2\", \"rb\")); wrk.body = f:read(\"*a\"); f:close()"
  } >"$1"
}
wrk_script "$WORK/upstream.lua" "$WORK/body.json" ""
wrk_script "$WORK/scan.lua" "$WORK/scan.json" key
wrk_script "$WORK/inbound.lua" "$WORK/body.json" key

target() {  # $1 scenario -> "url lua-script body-file key?"
  case "$1" in
    upstream) echo "$UPSTREAM$UPSTREAM_PATH $WORK/upstream.lua $WORK/body.json -" ;;
    scan) echo "$GATEWAY/v1/scan $WORK/scan.lua $WORK/scan.json key" ;;
    inbound) echo "$GATEWAY/inbound/bench/v1/notes $WORK/inbound.lua $WORK/body.json key" ;;
    inbound-raw) echo "$GATEWAY/inbound/bench/v1/notes/raw $WORK/inbound.lua $WORK/body.json key" ;;
    *) fail "unknown scenario $1" ;;
  esac
}

# the gateway's request log: how many answers of each status other than 2xx, by method and path
gateway_statuses() {
  echo "answers other than 2xx in the gateway's request log:"
  awk '$6 ~ /^"[A-Z]+$/ && $9 !~ /^2/ { print $9, $6, $7 }' "$WORK/gateway.log" | tr -d '"' | sort | uniq -c
}

# wrk --latency -> "requests/s p50_ms p99_ms completed_requests bytes_per_answer"; fails on non-2xx or socket errors
run_wrk() {  # $1 url, $2 script, $3 seconds
  local out
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3s" --latency -s "$2" "$1")"
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
    echo "$out" >&2; gateway_statuses >&2; fail "errors during the run of $1"
  fi
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
    function bytes(v) { if (v ~ /GB$/) return v * 2^30; if (v ~ /MB$/) return v * 2^20; if (v ~ /KB$/) return v * 2^10; return v + 0 }
    / requests in / { n = $1; read = bytes($(NF - 1)) }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f %.2f %.2f %d %.0f\n", rps, p50, p99, n, (n ? read / n : 0) }' <<<"$out"
}

# hey at a fixed rate -> the same five fields, bytes per answer "-" (hey counts Content-Length only, and the proxy's
# answer is chunked); fails on anything but 200, and when hey printed no p99 (it needs at least 100 answers)
run_hey() {  # $1 url, $2 body file, $3 "key" or "-", $4 seconds
  local out auth=()
  [[ $3 == key ]] && auth=(-H "Authorization: Bearer $KEY")
  out="$(hey -z "$4s" -c "$CONNECTIONS" -q $((RATE / CONNECTIONS)) -m POST -T application/json -D "$2" \
    -disable-compression "${auth[@]}" "$1")"
  if grep -q 'Error distribution' <<<"$out" || grep -E '^\s+\[[0-9]+\]' <<<"$out" | grep -vq '\[200\]'; then
    echo "$out" >&2; gateway_statuses >&2; fail "errors during the fixed-rate run of $1"
  fi
  grep -q '^ *99% in' <<<"$out" || { echo "$out" >&2; fail "no p99 from the fixed-rate run of $1"; }
  awk '
    /Requests\/sec:/ { rps = $2 }
    $1 == "50%" && $2 == "in" { p50 = $3 * 1000 }
    $1 == "99%" && $2 == "in" { p99 = $3 * 1000 }
    /\[200\]/ { n = $2 }
    END { printf "%.0f %.2f %.2f %d -\n", rps, p50, p99, n }' <<<"$out"
}

# one measured run of a scenario: a warm-up, then the run; for the proxy, the upstream's count must cover every answer.
# Runs in this shell (not in a pipe or a substitution), so that a failure stops the script; sets M_RPS M_P50 M_P99.
measure() {  # $1 mode (wrk|hey), $2 scenario
  local url script body key result n size t0 c0 t1 c1
  read -r url script body key <<<"$(target "$2")"
  run_wrk "$url" "$script" "$WARMUP" >/dev/null
  count_upstream; t0=$U_TOTAL c0=$U_CRED
  if [[ $1 == wrk ]]; then result="$(run_wrk "$url" "$script" "$DURATION")"
  else result="$(run_hey "$url" "$body" "$key" "$DURATION")"; fi
  count_upstream; t1=$U_TOTAL c1=$U_CRED
  read -r M_RPS M_P50 M_P99 n size <<<"$result"
  case "$2" in
    inbound*)
      (( c1 - c0 >= n && c1 - c0 == t1 - t0 )) \
        || fail "$2 ($1): $n answers, but the upstream received $((t1 - t0)) calls, $((c1 - c0)) with the credential"
      [[ $size == - ]] || (( size >= 10240 )) || fail "$2 ($1): $size bytes per answer, less than the upstream's 10,240" ;;
  esac
}

# the whole path once, so that whichever scenario comes first does not measure a cold JIT
read -r url script _ <<<"$(target inbound)"
run_wrk "$url" "$script" $((3 * WARMUP)) >/dev/null
read -r url script _ <<<"$(target scan)"
run_wrk "$url" "$script" "$WARMUP" >/dev/null

declare -A RPS P50 P99
modes="wrk"
(( RATE == 0 )) || modes+=" hey"
for mode in $modes; do
  for scenario in $SCENARIOS; do
    measure "$mode" "$scenario"
    RPS[$mode.$scenario]=$M_RPS P50[$mode.$scenario]=$M_P50 P99[$mode.$scenario]=$M_P99
  done
done

# ---- report -----------------------------------------------------------------------------------------------------
echo "load after:  $(uptime)"
echo
printf '1 KB request, 10 KB answer, loopback; %s connections; %s s per run after %s s of warm-up; H2\n' \
  "$CONNECTIONS" "$DURATION" "$WARMUP"
printf '%-34s %-12s %12s %9s %9s\n' mode scenario requests/s p50_ms p99_ms
for mode in $modes; do
  label="fixed concurrency (wrk)"
  [[ $mode == hey ]] && label="fixed rate $RATE/s (hey)"
  for scenario in $SCENARIOS; do
    printf '%-34s %-12s %12s %9s %9s\n' "$label" "$scenario" "${RPS[$mode.$scenario]}" "${P50[$mode.$scenario]}" \
      "${P99[$mode.$scenario]}"
  done
done
echo
# overhead of the proxied call over the scan alone and over the upstream alone, p50 and p99, in ms
for mode in $modes; do
  [[ -n ${P50[$mode.inbound]:-} ]] || continue
  label="fixed concurrency"
  [[ $mode == hey ]] && label="fixed rate $RATE/s"
  for base in scan upstream inbound-raw; do
    [[ -n ${P50[$mode.$base]:-} ]] || continue
    awk -v l="$label" -v b="$base" -v a50="${P50[$mode.inbound]}" -v a99="${P99[$mode.inbound]}" \
      -v b50="${P50[$mode.$base]}" -v b99="${P99[$mode.$base]}" \
      'BEGIN { printf "%-18s inbound over %-12s p50 %+8.2f ms   p99 %+8.2f ms\n", l, b, a50 - b50, a99 - b99 }'
  done
done
echo
# what the gateway logged above INFO, counted by kind (without the time); GATEWAY_LOG=<file> keeps the whole log
echo "gateway log: $(grep -cE '^(WARN|ERROR)' "$WORK/gateway.log" || true) WARN/ERROR lines"
grep -E '^(WARN|ERROR)' "$WORK/gateway.log" | sed -E 's/ \[[^]]*\]//' | cut -c1-160 | sort | uniq -c | sort -rn \
  | head -5 || true
