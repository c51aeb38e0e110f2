#!/usr/bin/env bash
# Drives a running-from-scratch gateway with wrk and prints one line per scenario: scans/s, p50, p99, and the ratio
# of scans/s to the same server's admin /ping in the same run.
#
#   benchmarks/load/scan-load.sh                 # H2, a fresh database in a temporary folder
#   INTERVEN_DB_DRIVER=org.postgresql.Driver INTERVEN_DB_URL=jdbc:postgresql://127.0.0.1:5432/bench \
#   INTERVEN_DB_USER=... INTERVEN_DB_PASSWORD=... benchmarks/load/scan-load.sh   # an empty PostgreSQL database
#
# Builds nothing: it runs service/target/interven.jar (of INTERVEN_HOME when set, to measure another checkout) (mvn -B -ntp package -DskipTests) with config.yml and the
# plugins in plugins/. Settings: DURATION (seconds per scenario, default 20), WARMUP (seconds of the Slack call
# before anything is measured, default 20), CONNECTIONS (default 16),
# SCENARIOS (default "slack ephemeral"), PORT / ADMIN_PORT (default 18080 / 18081).
# Scenarios: slack = the API reference's Slack call with a long-lived key; ephemeral = the same call with an
# ephemeral key without use limit (one more conditional UPDATE per scan); sanitize = a call carrying an AWS key.
set -euo pipefail

ROOT="${INTERVEN_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
JAR="$ROOT/service/target/interven.jar"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-20}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS=$(( CONNECTIONS < 2 ? 1 : 2 ))
SCENARIOS="${SCENARIOS:-slack ephemeral}"
PORT="${PORT:-18080}"
ADMIN_PORT="${ADMIN_PORT:-18081}"

[[ -f "$JAR" ]] || { echo "missing $JAR: build it first with mvn -B -ntp package -DskipTests" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
  echo "wrk is missing; installing the Debian package" >&2
  apt-get install -y wrk >/dev/null || { echo "install wrk (apt-get install wrk) and run again" >&2; exit 1; }
fi

WORK="$(mktemp -d)"
GATEWAY_PID=""
cleanup() {
  [[ -n "$GATEWAY_PID" ]] && kill "$GATEWAY_PID" 2>/dev/null && wait "$GATEWAY_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

KEY="iv_live_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export INTERVEN_BOOTSTRAP_KEY="$KEY" INTERVEN_PORT="$PORT" INTERVEN_ADMIN_PORT="$ADMIN_PORT"
export INTERVEN_DB_URL="${INTERVEN_DB_URL:-jdbc:h2:$WORK/interven}"
export RATE_LIMIT_PER_MINUTE="${RATE_LIMIT_PER_MINUTE:-100000000}"   # counted on every scan, never reached
export INTERVEN_PLUGINS_DIR="$ROOT/plugins"

(cd "$ROOT" && exec java ${JAVA_OPTS:--Xmx512m} -jar "$JAR" server config.yml >"$WORK/gateway.log" 2>&1) &
GATEWAY_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$ADMIN_PORT/ping" >/dev/null 2>&1 && break
  kill -0 "$GATEWAY_PID" 2>/dev/null || { echo "the gateway did not start:" >&2; tail -20 "$WORK/gateway.log" >&2; exit 1; }
  sleep 1
done

SLACK='{"method":"POST","url":"https://hooks.slack.com/services/T0/B0/x","headers":{"Content-Type":"application/json"},"body":{"text":"hello"}}'
SECRET='{"method":"POST","url":"https://hooks.slack.com/services/T0/B0/x","body":{"text":"deploy with AKIAQYLPMN5HHHFPZAM2 please"}}'

post_script() {  # $1 key, $2 body -> a wrk Lua script that POSTs the body to /v1/scan
  local file="$WORK/post-$RANDOM.lua"
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["Authorization"] = "Bearer %s"\nwrk.body = [[%s]]\n' "$1" "$2" >"$file"
  echo "$file"
}

# wrk --latency output -> "requests/s p50 p99" (latencies in ms)
measure() {  # $1 url, $2 optional script, $3 optional seconds (default DURATION)
  local out seconds="${3:-$DURATION}"
  if [[ -n "${2:-}" ]]; then
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s "$2" "$1")"
  else
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency "$1")"
  fi
  if grep -q "Non-2xx" <<<"$out"; then
    echo "non-2xx answers during the run of $1:" >&2; echo "$out" >&2; exit 1
  fi
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }' <<<"$out"
}

curl -fs -X POST "http://127.0.0.1:$PORT/v1/scan" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d "$SLACK" >/dev/null
# warm the JIT up on the scan path first, so that the scenarios measured first are not the cold ones
measure "http://127.0.0.1:$PORT/v1/scan" "$(post_script "$KEY" "$SLACK")" "$WARMUP" >/dev/null

read -r PING_RPS _ _ < <(measure "http://127.0.0.1:$ADMIN_PORT/ping")
printf '%-10s %10s %8s %8s %8s   (%s connections, %s s each, %s)\n' scenario scans/s p50_ms p99_ms vs_ping \
  "$CONNECTIONS" "$DURATION" "$( [[ "$INTERVEN_DB_URL" == jdbc:h2* ]] && echo H2 || echo PostgreSQL )"
printf '%-10s %10s %8s %8s %8s\n' ping "$PING_RPS" - - 1.00

for scenario in $SCENARIOS; do
  case "$scenario" in
    slack) script="$(post_script "$KEY" "$SLACK")" ;;
    sanitize) script="$(post_script "$KEY" "$SECRET")" ;;
    ephemeral)
      eph="$(curl -fs -X POST "http://127.0.0.1:$PORT/v1/keys/ephemeral" -H "Authorization: Bearer $KEY" \
        -H 'Content-Type: application/json' -d '{"ttl_seconds":3600,"scope":{"tools":["slack"],"verbs":["WRITE"]}}' \
        | sed -E 's/.*"key":"([^"]+)".*/\1/')"
      script="$(post_script "$eph" "$SLACK")" ;;
    *) echo "unknown scenario $scenario" >&2; exit 1 ;;
  esac
  read -r rps p50 p99 < <(measure "http://127.0.0.1:$PORT/v1/scan" "$script")
  printf '%-10s %10s %8s %8s %8.2f\n' "$scenario" "$rps" "$p50" "$p99" "$(awk -v a="$rps" -v b="$PING_RPS" 'BEGIN{print a/b}')"
done
