#!/usr/bin/env bash
# The gateway's scans over HTTP under load. Starts the gateway on a fresh database, drives POST /v1/scan with real
# load generators on the same machine, and prints one line per scenario: scans/s, p50, p99 and the ratio of scans/s to
# the same server's admin /ping measured in the same run. Writes the numbers and two charts (throughput against
# connections, latency against body size) to OUT, and what it prints to OUT/summary.txt. Each line also gives cpu_us:
# the processor time the gateway's process spent per request during the run (all its threads: requests, trace and
# history writers, collector, JIT), read from /proc: on a machine whose speed varies from run to run (shared cores),
# it tells what a change costs more steadily than scans/s, which moves with the load generator's share too. And cs:
# the context switches of the gateway's threads per request (those alive before and after the run; from
# /proc/<pid>/task/*/status), each one a thread put to sleep or woken, which on two cores costs far more than its
# own few microseconds: the caches of the thread it displaces go cold.
#
#   benchmarks/load/scan-load.sh                  # H2: a fresh database in a temporary folder
#   DB=postgres benchmarks/load/scan-load.sh      # PostgreSQL: a fresh database on the local server (Debian's
#                                                 # postgresql package, installed and started when missing), dropped
#                                                 # at the end; or the empty database INTERVEN_DB_URL (+ _USER,
#                                                 # _PASSWORD) names
#
# Builds nothing: it runs service/target/interven.jar (mvn -B -ntp package -DskipTests) with config.yml and the
# plugins in plugins/, in a JVM of 512 MB of heap, 48 MB of it young, with the parallel collector
# (-Xms512m -Xmx512m -Xmn48m -XX:+UseParallelGC, as the README starts the gateway; JAVA_OPTS replaces them all).
# Load generators, Debian packages installed when missing: wrk (as many scans as CONNECTIONS connections get through)
# and hey (a fixed rate, spread over CONNECTIONS workers); gnuplot for the charts.
#
# Settings: SCENARIOS (default: all, in this order), DURATION (seconds per measured run, default 15), WARMUP_QUIET
# (seconds of the corpus mix at one connection first, default 60), WARMUP (seconds of Slack calls at least before
# anything is measured, default 60; the warm-up then goes on, in runs of 5 s, until
# three runs in a row are within 5% of each other and at most JIT_QUEUE methods (default 10) wait for the optimizing
# JIT (jcmd Compiler.queue), at most WARMUP_MAX seconds, default 600: on two busy cores the JIT's one optimizing
# thread needs minutes to compile the scan path, and throughput rises fivefold meanwhile), CONNECTIONS (default 16),
# RATE (scans/s of the fixed-rate scenario, default 2000), SWEEP (connection counts of the sweep, default
# "1 2 4 8 16 32 64"), OUT (default docs/load/h2 or docs/load/postgres), PORT / ADMIN_PORT (default 18080 / 18081).
# Scenarios:
#   slack      the API reference's Slack call (1 KB, answered ALLOW)
#   sanitize   the same call carrying an AWS access key (answered SANITIZE)
#   agents     the Slack call from 100 agents in turn (agent_id), each registered on its first call during the
#              warm-up: the signals read each agent's history (its usual rate, the hosts and tools it used), and
#              the call is recorded into it
#   corpus     the 600 calls of corpus/dev.jsonl replayed in order, each connection starting at its own place
#              (prose, logs, code, tables; 5 KB on average; answered ALLOW, SANITIZE, DENY or REQUIRE_APPROVAL)
#   size-KB    a benign Slack message of KB kilobytes (1, 16, 64 and 256 by default): also µs per KB
#   rate       the Slack call at RATE scans/s (hey): the latency of a gateway that is not saturated
#   sweep      the Slack call at each connection count of SWEEP: throughput against connections
set -euo pipefail

ROOT="${INTERVEN_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
JAR="$ROOT/service/target/interven.jar"
DB="${DB:-h2}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-60}"
WARMUP_MAX="${WARMUP_MAX:-600}"
JIT_QUEUE="${JIT_QUEUE:-10}"
WARMUP_QUIET="${WARMUP_QUIET:-60}"
CONNECTIONS="${CONNECTIONS:-16}"
RATE="${RATE:-2000}"
SWEEP="${SWEEP:-1 2 4 8 16 32 64}"
SIZES="${SIZES:-1 16 64 256}"
SCENARIOS="${SCENARIOS:-slack sanitize agents corpus $(printf 'size-%s ' $SIZES)rate sweep}"
OUT="${OUT:-$ROOT/docs/load/$DB}"
PORT="${PORT:-18080}"
ADMIN_PORT="${ADMIN_PORT:-18081}"

fail() { echo "scan-load: $*" >&2; exit 1; }
[[ -f "$JAR" ]] || fail "missing $JAR: build it first with mvn -B -ntp package -DskipTests"

install_package() {  # $1 command, $2 Debian package
  command -v "$1" >/dev/null && return
  echo "installing the Debian package $2" >&2
  local sudo=""; (( EUID == 0 )) || sudo="sudo -n"
  $sudo apt-get install -y -qq "$2" >/dev/null 2>&1 \
    || { $sudo apt-get update -qq >/dev/null 2>&1 && $sudo apt-get install -y -qq "$2" >/dev/null; } \
    || fail "install $2 (apt-get install $2) and run again"
}
install_package wrk wrk
install_package hey hey
install_package gnuplot gnuplot-nox

WORK="$(mktemp -d)"
GATEWAY_PID=""
PG_DATABASE=""
PG_PORT=""
as_postgres() { if (( EUID == 0 )); then su postgres -c "$1"; else sudo -n -u postgres sh -c "$1"; fi; }
cleanup() {
  [[ -n "$GATEWAY_PID" ]] && kill "$GATEWAY_PID" 2>/dev/null && wait "$GATEWAY_PID" 2>/dev/null || true
  [[ -n "$PG_DATABASE" ]] && as_postgres "psql -q -p $PG_PORT -c 'DROP DATABASE $PG_DATABASE' -c 'DROP ROLE $PG_DATABASE'" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# A fresh PostgreSQL database on the local server, dropped at the end; the server is Debian's, started when down.
postgres_database() {
  command -v pg_lsclusters >/dev/null || install_package pg_lsclusters postgresql
  local cluster version name
  cluster="$(pg_lsclusters --no-header | head -1)" || true
  [[ -n "$cluster" ]] || fail "no PostgreSQL cluster on this machine (pg_createcluster)"
  read -r version name _ <<<"$cluster"
  pg_lsclusters --no-header | head -1 | grep -q online || pg_ctlcluster "$version" "$name" start
  local password
  PG_PORT="$(pg_lsclusters --no-header | head -1 | awk '{print $3}')"
  password="$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  as_postgres "psql -q -p $PG_PORT -c \"CREATE ROLE interven_load_$$ LOGIN PASSWORD '$password'\" -c \"CREATE DATABASE interven_load_$$ OWNER interven_load_$$\"" \
    || fail "could not create a database on the local PostgreSQL server"
  PG_DATABASE="interven_load_$$"
  export INTERVEN_DB_DRIVER=org.postgresql.Driver INTERVEN_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DATABASE"
  export INTERVEN_DB_USER="$PG_DATABASE" INTERVEN_DB_PASSWORD="$password"
}

case "$DB" in
  h2) export INTERVEN_DB_URL="jdbc:h2:$WORK/interven" ;;
  postgres) [[ -n "${INTERVEN_DB_URL:-}" ]] && export INTERVEN_DB_DRIVER=org.postgresql.Driver || postgres_database ;;
  *) fail "DB is h2 or postgres" ;;
esac

KEY="iv_live_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export INTERVEN_BOOTSTRAP_KEY="$KEY" INTERVEN_PORT="$PORT" INTERVEN_ADMIN_PORT="$ADMIN_PORT"
export RATE_LIMIT_PER_MINUTE="${RATE_LIMIT_PER_MINUTE:-100000000}"   # counted on every scan, never reached
export INTERVEN_PLUGINS_DIR="$ROOT/plugins"

java -cp "$JAR" "$ROOT/benchmarks/load/LoadBodies.java" "$ROOT/corpus/dev.jsonl" "$WORK/bodies" $SIZES

(cd "$ROOT" && exec java ${JAVA_OPTS:--Xms512m -Xmx512m -Xmn48m -XX:+UseParallelGC} -jar "$JAR" server config.yml >"$WORK/gateway.log" 2>&1) &
GATEWAY_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$ADMIN_PORT/ping" >/dev/null 2>&1 && break
  kill -0 "$GATEWAY_PID" 2>/dev/null || { tail -20 "$WORK/gateway.log" >&2; fail "the gateway did not start"; }
  sleep 1
done
SCAN_URL="http://127.0.0.1:$PORT/v1/scan"

SLACK='{"method":"POST","url":"https://hooks.slack.com/services/T0/B0/x","headers":{"Content-Type":"application/json"},"body":{"text":"hello"}}'
SECRET='{"method":"POST","url":"https://hooks.slack.com/services/T0/B0/x","body":{"text":"deploy with AKIAQYLPMN5HHHFPZAM2 please"}}'
printf '%s' "$SLACK" >"$WORK/bodies/slack.json"
printf '%s' "$SECRET" >"$WORK/bodies/sanitize.json"
for agent in $(seq 1 100); do
  printf '{"method":"POST","url":"https://hooks.slack.com/services/T0/B0/x","headers":{"Content-Type":"application/json"},"body":{"text":"hello"},"agent_id":"00000000-0000-4000-8000-%012d"}\n' "$agent"
done >"$WORK/bodies/agents.lines"

# A wrk script that POSTs one body file, or (corpus) every line of a file in turn, each connection from its own line.
wrk_script() {  # $1 file, $2 "one" or "lines"
  local file="$WORK/$(basename "$1").$2.lua"
  cat >"$file" <<LUA
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer $KEY" }
local bodies, next_body = {}, 1
if "$2" == "lines" then
  for line in io.lines("$1") do bodies[#bodies + 1] = line end
else
  local f = io.open("$1", "rb"); bodies[1] = f:read("*a"); f:close()
end
local threads = 0
function setup(thread) thread:set("offset", threads * 97); threads = threads + 1 end
function init(args) next_body = (offset or 0) % #bodies + 1 end
function request()
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
  return wrk.format("POST", nil, headers, body)
end
LUA
  echo "$file"
}

# wrk --latency -> "scans/s p50_ms p99_ms"; fails on any answer but 2xx
run_wrk() {  # $1 url, $2 script or "", $3 seconds, $4 connections
  local out threads=$(( $4 < 2 ? 1 : 2 )) script=()
  [[ -n "$2" ]] && script=(-s "$2")
  out="$(wrk -t"$threads" -c"$4" -d"$3s" --latency "${script[@]}" "$1")"
  grep -q "Non-2xx" <<<"$out" && { echo "$out" >&2; tail -5 "$WORK/gateway.log" >&2; fail "non-2xx answers from $1"; }
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }' <<<"$out"
}

# hey at a fixed rate -> "scans/s p50_ms p99_ms"; fails on any answer but 200
run_hey() {  # $1 body file, $2 seconds
  local out
  out="$(hey -z "$2s" -c "$CONNECTIONS" -q $(( (RATE + CONNECTIONS - 1) / CONNECTIONS )) -m POST \
    -T application/json -D "$1" -H "Authorization: Bearer $KEY" -disable-compression "$SCAN_URL")"
  if grep -q 'Error distribution' <<<"$out" || grep -E '^\s+\[[0-9]+\]' <<<"$out" | grep -vq '\[200\]'; then
    echo "$out" >&2; fail "errors during the fixed-rate run"
  fi
  awk '
    /Requests\/sec:/ { rps = $2 }
    $1 == "50%" && $2 == "in" { p50 = $3 * 1000 }
    $1 == "99%" && $2 == "in" { p99 = $3 * 1000 }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }' <<<"$out"
}

CLK_TCK="$(getconf CLK_TCK)"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$GATEWAY_PID/stat"; }  # user + system time of the gateway, in ticks

switches() {  # a thread may end between the listing and the reading of its status
  { cat /proc/"$GATEWAY_PID"/task/*/status 2>/dev/null || true; } | awk '/ctxt_switches/ { n += $2 } END { print n + 0 }'; }
# "cpu_us cs" of a run: processor µs and context switches per request, from the ticks ($1) and switches ($2) before
# it, its requests/s ($3) and seconds ($4)
costs() { local t1 s1; t1="$(cpu_ticks)"; s1="$(switches)"
  awk -v t0="$1" -v t1="$t1" -v s0="$2" -v s1="$s1" -v hz="$CLK_TCK" -v r="$3" -v d="$4" \
  'BEGIN { if (r * d > 0) printf "%.0f %.1f\n", (t1 - t0) / hz * 1e6 / (r * d), (s1 - s0) / (r * d); else print "- -" }'; }

heap_used_mb() {  # the whole heap: G1 reports it on one line, the parallel collector per generation
  jcmd "$GATEWAY_PID" GC.heap_info 2>/dev/null | awk '
    function used(   i, v) { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); return v } }
    /garbage-first heap/ { total = used(); exit }
    /PSYoungGen|ParOldGen/ { total += used() }
    END { printf "%.0f", total / 1024 }'
}

mkdir -p "$OUT"
exec > >(tee "$OUT/summary.txt")  # the lines printed below are also kept beside the charts
SLACK_SCRIPT="$(wrk_script "$WORK/bodies/slack.json" one)"
# warm the JIT up first at one connection, the corpus mix and then every body: with the processor not saturated, the
# JIT's one optimizing thread keeps up. Saturated from the start, it falls behind by a hundred methods, and methods
# whose time goes to long loops (a field's characters) are left for minutes in code compiled in the loop alone, or in
# the interpreter (a fifth of the samples of a saturated gateway after four minutes; none after this warm-up)
run_wrk "$SCAN_URL" "$(wrk_script "$WORK/bodies/corpus.lines" lines)" "$WARMUP_QUIET" 1 >/dev/null
for body in slack sanitize $(printf 'body-%s ' $SIZES); do
  run_wrk "$SCAN_URL" "$(wrk_script "$WORK/bodies/$body.json" one)" 2 "$CONNECTIONS" >/dev/null
done
run_wrk "$SCAN_URL" "$(wrk_script "$WORK/bodies/agents.lines" lines)" 5 "$CONNECTIONS" >/dev/null
run_wrk "$SCAN_URL" "$(wrk_script "$WORK/bodies/corpus.lines" lines)" 20 "$CONNECTIONS" >/dev/null
# then the Slack call until the JIT is done with it: at least WARMUP s, then until 3 runs of 5 s agree within 5% and
# the JIT's optimizing compiler has at most JIT_QUEUE methods waiting (on two busy cores its one thread gets a small
# share of the processor, and throughput creeps up for minutes while three runs in a row already agree)
c2_queue() { jcmd "$GATEWAY_PID" Compiler.queue 2>/dev/null | awk '/^C2 compile queue/ { c2 = 1; next } c2 && /^[0-9]/ { n++ } END { print n + 0 }'; }
warmed=0 last=() queued=0
while (( warmed < WARMUP_MAX )); do
  read -r rps _ _ < <(run_wrk "$SCAN_URL" "$SLACK_SCRIPT" 5 "$CONNECTIONS")
  warmed=$(( warmed + 5 )) last+=("$rps") queued="$(c2_queue)"
  (( ${#last[@]} > 3 )) && last=("${last[@]:1}")
  (( warmed >= WARMUP && ${#last[@]} == 3 && queued <= JIT_QUEUE )) \
    && awk -v a="${last[0]}" -v b="${last[1]}" -v c="${last[2]}" \
    'BEGIN { lo = a; hi = a; if (b < lo) lo = b; if (c < lo) lo = c; if (b > hi) hi = b; if (c > hi) hi = c;
             exit !(hi <= lo * 1.05) }' && break
done
echo "# warmed up for $warmed s (last runs: ${last[*]} scans/s; methods waiting for the optimizing JIT: $queued)"

ticks="$(cpu_ticks)" switched="$(switches)"
read -r PING_RPS _ _ < <(run_wrk "http://127.0.0.1:$ADMIN_PORT/ping" "" "$DURATION" "$CONNECTIONS")
read -r PING_CPU PING_CS < <(costs "$ticks" "$switched" "$PING_RPS" "$DURATION")
DATABASE="$([[ "$INTERVEN_DB_URL" == jdbc:h2* ]] && echo H2 || echo PostgreSQL)"
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $DATABASE, $CONNECTIONS connections, $DURATION s a run, $(git -C "$ROOT" log -1 --format=%h 2>/dev/null || echo '?')"
printf '%-10s %9s %8s %8s %8s %8s %8s %6s\n' scenario scans/s p50_ms p99_ms vs_ping us/KB cpu_us cs
printf '%-10s %9s %8s %8s %8s %8s %8s %6s\n' ping "$PING_RPS" - - 1.00 - "$PING_CPU" "$PING_CS"
ratio() { awk -v a="$1" -v b="$PING_RPS" 'BEGIN { printf "%.2f", a / b }'; }
: >"$OUT/sizes.tsv"
for scenario in $SCENARIOS; do
  ticks="$(cpu_ticks)" switched="$(switches)"
  case "$scenario" in
    slack|sanitize)
      read -r rps p50 p99 < <(run_wrk "$SCAN_URL" "$(wrk_script "$WORK/bodies/$scenario.json" one)" "$DURATION" "$CONNECTIONS")
      printf '%-10s %9s %8s %8s %8s %8s %8s %6s\n' "$scenario" "$rps" "$p50" "$p99" "$(ratio "$rps")" - \
        $(costs "$ticks" "$switched" "$rps" "$DURATION") ;;
    corpus|agents)
      read -r rps p50 p99 < <(run_wrk "$SCAN_URL" "$(wrk_script "$WORK/bodies/$scenario.lines" lines)" "$DURATION" "$CONNECTIONS")
      printf '%-10s %9s %8s %8s %8s %8s %8s %6s\n' "$scenario" "$rps" "$p50" "$p99" "$(ratio "$rps")" - \
        $(costs "$ticks" "$switched" "$rps" "$DURATION") ;;
    size-*)
      kb="${scenario#size-}"
      read -r rps p50 p99 < <(run_wrk "$SCAN_URL" "$(wrk_script "$WORK/bodies/body-$kb.json" one)" "$DURATION" "$CONNECTIONS")
      per_kb="$(awk -v r="$rps" -v k="$kb" 'BEGIN { printf "%.1f", 1e6 / (r * k) }')"
      printf '%-10s %9s %8s %8s %8s %8s %8s %6s\n' "$scenario" "$rps" "$p50" "$p99" "$(ratio "$rps")" "$per_kb" \
        $(costs "$ticks" "$switched" "$rps" "$DURATION")
      printf '%s\t%s\t%s\t%s\t%s\n' "$kb" "$rps" "$p50" "$p99" "$per_kb" >>"$OUT/sizes.tsv" ;;
    rate)
      read -r rps p50 p99 < <(run_hey "$WORK/bodies/slack.json" "$DURATION")
      printf '%-10s %9s %8s %8s %8s %8s %8s %6s   (hey at %s/s)\n' rate "$rps" "$p50" "$p99" - - \
        $(costs "$ticks" "$switched" "$rps" "$DURATION") "$RATE" ;;
    sweep)
      : >"$OUT/connections.tsv"
      for c in $SWEEP; do
        read -r rps p50 p99 < <(run_wrk "$SCAN_URL" "$SLACK_SCRIPT" "$DURATION" "$c")
        read -r ping _ _ < <(run_wrk "http://127.0.0.1:$ADMIN_PORT/ping" "" "$DURATION" "$c")
        printf '%s\t%s\t%s\t%s\t%s\n' "$c" "$rps" "$p50" "$p99" "$ping" >>"$OUT/connections.tsv"
        printf '%-10s %9s %8s %8s %8s %8s %8s %6s\n' "slack@$c" "$rps" "$p50" "$p99" \
          "$(awk -v a="$rps" -v b="$ping" 'BEGIN { printf "%.2f", a / b }')" - - -
      done ;;
    *) fail "unknown scenario $scenario" ;;
  esac
done
echo "heap used after the runs: $(heap_used_mb) MB (of ${JAVA_OPTS:--Xms512m -Xmx512m -Xmn48m -XX:+UseParallelGC}); the gateway's log: $(grep -c ' ERROR ' "$WORK/gateway.log" || true) ERROR lines"

# The charts, from the numbers of this run.
if [[ -s "$OUT/connections.tsv" ]]; then
  gnuplot <<PLOT
set terminal svg size 720,420 font "sans,12"
set output "$OUT/throughput-vs-connections.svg"
set title "Slack call: scans/s against connections ($DATABASE, $(nproc) cores, load generator on the same machine)"
set xlabel "connections"; set ylabel "requests/s"; set logscale x 2; set grid; set key top left
plot "$OUT/connections.tsv" using 1:2 with linespoints lw 2 title "POST /v1/scan", \
     "$OUT/connections.tsv" using 1:5 with linespoints lw 2 title "admin /ping (same run)"
PLOT
fi
if [[ -s "$OUT/sizes.tsv" ]]; then
  gnuplot <<PLOT
set terminal svg size 720,420 font "sans,12"
set output "$OUT/latency-vs-body-size.svg"
set title "Benign Slack message: latency and cost per KB against body size ($DATABASE, $CONNECTIONS connections)"
set xlabel "body KB"; set ylabel "ms"; set y2label "µs per KB"; set logscale x 2; set logscale y; set grid
set ytics nomirror; set y2tics; set key top left
plot "$OUT/sizes.tsv" using 1:3 with linespoints lw 2 title "p50", \
     "$OUT/sizes.tsv" using 1:4 with linespoints lw 2 title "p99", \
     "$OUT/sizes.tsv" using 1:5 axes x1y2 with linespoints lw 2 dt 2 title "µs per KB (right)"
PLOT
fi
