#!/usr/bin/env bash
# Starts two Interven gateway nodes on one PostgreSQL database on this machine, as they would run behind a load
# balancer, and stops everything it started on Ctrl-C or exit.
#
#   mvn -B -ntp package -DskipTests     # once: builds service/target/interven.jar and the plugins/ jars
#   scripts/two-nodes.sh
#
# The database: an existing PostgreSQL when INTERVEN_DB_URL (jdbc:postgresql://host:port/db), INTERVEN_DB_USER and
# INTERVEN_DB_PASSWORD are set; otherwise a throwaway cluster made with the Debian/Ubuntu PostgreSQL binaries
# (/usr/lib/postgresql/<version>/bin) in a temporary directory on a free port, removed at exit. When those binaries
# are missing and the script runs as root (or with password-less sudo), it installs the `postgresql` package with
# apt-get; INTERVEN_NO_INSTALL=1 forbids that.
#
# Ports: the first four free ports from TWO_NODES_FIRST_PORT (default 8080): node 1 API and admin, node 2 API and
# admin. INTERVEN_BOOTSTRAP_KEY: the first key, created on an empty database (generated when not set); both nodes
# get the same one, as every node behind one load balancer must get the same configuration.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/service/target/interven.jar"
CONFIG="$ROOT/config.yml"

say() { printf '%s\n' "$*"; }
fail() { printf 'two-nodes: %s\n' "$*" >&2; exit 1; }

[[ -f $JAR ]] || fail "$JAR is missing; build it first from the repository root: mvn -B -ntp package -DskipTests"
command -v java >/dev/null || fail "java (17 or later) is not on the PATH"
command -v curl >/dev/null || fail "curl is not on the PATH (it is used to wait for the nodes)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/interven-two-nodes.XXXXXX")"
NODE_PIDS=()
PG_BIN=""
PG_DIR=""
PG_AS=()

stop_all() {
    trap - EXIT INT TERM
    local pid
    for pid in "${NODE_PIDS[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${NODE_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [[ -n $PG_DIR ]]; then
        "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
    rm -rf "$WORK"
    say "two-nodes: stopped"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- ports -----------------------------------------------------------------------------------------------------
TAKEN=" "
FREE_PORT=""
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# Sets FREE_PORT to the first port from $1 up that nothing listens on and this script has not taken yet.
next_free_port() {
    local port=$1
    while listening "$port" || [[ $TAKEN == *" $port "* ]]; do
        port=$((port + 1))
        ((port < 65535)) || fail "no free port from $1 up"
    done
    TAKEN+="$port "
    FREE_PORT=$port
}

# ---- PostgreSQL ------------------------------------------------------------------------------------------------
find_postgres_binaries() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -n $dir && -x $dir/initdb && -x $dir/pg_ctl ]]; then
        PG_BIN=$dir
    fi
}

install_postgres() {
    [[ ${INTERVEN_NO_INSTALL:-} != 1 ]] || return 1
    command -v apt-get >/dev/null || return 1
    local sudo=()
    if [[ $EUID -ne 0 ]]; then
        sudo -n true 2>/dev/null || return 1
        sudo=(sudo -n)
    fi
    say "two-nodes: installing the postgresql package with apt-get"
    "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq postgresql
}

start_throwaway_postgres() {
    find_postgres_binaries
    if [[ -z $PG_BIN ]]; then
        install_postgres || fail "no PostgreSQL binaries in /usr/lib/postgresql/*/bin. Install them (Debian/Ubuntu: \
sudo apt-get install postgresql) or point the script at an existing server with INTERVEN_DB_URL, INTERVEN_DB_USER \
and INTERVEN_DB_PASSWORD."
        find_postgres_binaries
        [[ -n $PG_BIN ]] || fail "the postgresql package is installed but /usr/lib/postgresql/*/bin/initdb is missing"
    fi
    PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/interven-two-nodes-pg.XXXXXX")"
    if [[ $EUID -eq 0 ]]; then
        # initdb refuses to run as root: the cluster belongs to the postgres user the package created
        id postgres >/dev/null 2>&1 || fail "running as root and there is no postgres user to own the cluster"
        chown postgres "$PG_DIR"
        PG_AS=(runuser -u postgres --)
    fi
    next_free_port 55432
    PG_PORT=$FREE_PORT
    INTERVEN_DB_USER=interven
    INTERVEN_DB_PASSWORD="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$INTERVEN_DB_PASSWORD" >"$PG_DIR/password"
    [[ ${#PG_AS[@]} -eq 0 ]] || chown postgres "$PG_DIR/password"
    "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U "$INTERVEN_DB_USER" --pwfile="$PG_DIR/password" \
        --auth=scram-sha-256 -E UTF8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; fail "initdb failed"; }
    rm -f "$PG_DIR/password"
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 30 \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null \
        || { cat "$PG_DIR/postgres.log" >&2; fail "PostgreSQL did not start"; }
    PGPASSWORD="$INTERVEN_DB_PASSWORD" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U "$INTERVEN_DB_USER" interven
    INTERVEN_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/interven"
    say "two-nodes: throwaway PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

if [[ -n ${INTERVEN_DB_URL:-} ]]; then
    [[ $INTERVEN_DB_URL == jdbc:postgresql:* ]] || fail "INTERVEN_DB_URL must be a jdbc:postgresql: URL"
    INTERVEN_DB_USER="${INTERVEN_DB_USER:-postgres}"
    INTERVEN_DB_PASSWORD="${INTERVEN_DB_PASSWORD:-}"
    say "two-nodes: using the existing database $INTERVEN_DB_URL"
else
    start_throwaway_postgres
fi

# ---- the same configuration for both nodes ---------------------------------------------------------------------
export INTERVEN_DB_DRIVER=org.postgresql.Driver INTERVEN_DB_URL INTERVEN_DB_USER INTERVEN_DB_PASSWORD
export INTERVEN_BOOTSTRAP_KEY="${INTERVEN_BOOTSTRAP_KEY:-iv_live_$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')}"
export INTERVEN_PLUGINS_DIR="${INTERVEN_PLUGINS_DIR:-$ROOT/plugins}"

say "two-nodes: migrating the database once"
java -jar "$JAR" db migrate "$CONFIG" >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log" >&2; fail "migration failed"; }
grep -h "database is at migration" "$WORK/migrate.log" || true

# ---- two nodes -------------------------------------------------------------------------------------------------
start_node() {
    local name=$1 port=$2 admin=$3
    INTERVEN_PORT=$port INTERVEN_ADMIN_PORT=$admin java -jar "$JAR" server "$CONFIG" >"$WORK/$name.log" 2>&1 &
    NODE_PIDS+=($!)
}

await_ping() {
    local name=$1 admin=$2 pid=$3 tries=0
    until curl -fsS "http://127.0.0.1:$admin/ping" >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null || ((++tries > 120)); then
            tail -n 40 "$WORK/$name.log" >&2
            fail "$name did not start (its log is above)"
        fi
        sleep 0.5
    done
}

first_port=${TWO_NODES_FIRST_PORT:-8080}
next_free_port "$first_port"; NODE1_PORT=$FREE_PORT
next_free_port "$first_port"; NODE1_ADMIN=$FREE_PORT
next_free_port "$first_port"; NODE2_PORT=$FREE_PORT
next_free_port "$first_port"; NODE2_ADMIN=$FREE_PORT

start_node node1 "$NODE1_PORT" "$NODE1_ADMIN"
start_node node2 "$NODE2_PORT" "$NODE2_ADMIN"
await_ping node1 "$NODE1_ADMIN" "${NODE_PIDS[0]}"
await_ping node2 "$NODE2_ADMIN" "${NODE_PIDS[1]}"

cat <<EOF

Two Interven nodes on one PostgreSQL database ($INTERVEN_DB_URL):
  node 1  http://127.0.0.1:$NODE1_PORT   (admin http://127.0.0.1:$NODE1_ADMIN, log $WORK/node1.log)
  node 2  http://127.0.0.1:$NODE2_PORT   (admin http://127.0.0.1:$NODE2_ADMIN, log $WORK/node2.log)
  bootstrap key (every role; used only if the database was empty): $INTERVEN_BOOTSTRAP_KEY

Try, from another terminal, a scan through node 1 and the shared rate budget through node 2:
  curl -s http://127.0.0.1:$NODE1_PORT/v1/scan -H 'Authorization: Bearer $INTERVEN_BOOTSTRAP_KEY' \\
       -H 'Content-Type: application/json' -d '{"method":"POST","url":"https://hooks.slack.com/services/T1/B1/x","body":{"text":"hello"}}'
  curl -si http://127.0.0.1:$NODE2_PORT/v1/scan -H 'Authorization: Bearer $INTERVEN_BOOTSTRAP_KEY' \\
       -H 'Content-Type: application/json' -d '{"method":"GET","url":"https://api.github.com/repos/acme/app"}' | grep -i '^x-ratelimit'

Ctrl-C stops both nodes$([[ -n $PG_DIR ]] && printf ' and the throwaway PostgreSQL (its data is deleted)').
EOF

# Returns when a node stops by itself (then the other is stopped too) or on Ctrl-C.
wait -n || true
fail "a node stopped; the last lines of the logs: $(tail -n 5 "$WORK"/node*.log)"
