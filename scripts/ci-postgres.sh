#!/usr/bin/env bash
# Start a local PostgreSQL 15 for the tests and print the URL to use (the only line on stdout):
#
#     export CLAIMGRAPH_TEST_PG_URL="$(bash scripts/ci-postgres.sh)"
#
# Idempotent: installs the Debian package only when missing, creates the cluster, role and
# databases only when missing, starts the server only when it is down. Runs as root (CI does).
# The printed database is for tests, which drop its claimgraph tables; `cg` is left for use.
set -euo pipefail

PG_VERSION=15
PG_CLUSTER=main
PG_PORT="${PG_PORT:-5432}"
ROLE=cg
PASSWORD=cg
DATABASES=(cg cg_test)
TEST_DB=cg_test

log() { echo "ci-postgres: $*" >&2; }
as_postgres() { runuser -u postgres -- "$@"; }
sql() { as_postgres psql --port "$PG_PORT" -XtAq -v ON_ERROR_STOP=1 -c "$1"; }

if [[ $(id -u) -ne 0 ]]; then
    log "must run as root (it installs and starts the server)"
    exit 1
fi

if [[ ! -x /usr/lib/postgresql/$PG_VERSION/bin/postgres ]]; then
    log "installing postgresql-$PG_VERSION"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "postgresql-$PG_VERSION" >&2
fi

if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$PG_VERSION/$PG_CLUSTER"; then
    log "creating cluster $PG_VERSION/$PG_CLUSTER"
    pg_createcluster --port "$PG_PORT" "$PG_VERSION" "$PG_CLUSTER" >&2
fi

if ! pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null 2>&1; then
    log "starting $PG_VERSION/$PG_CLUSTER"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >&2
fi

for _ in $(seq 30); do
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
    sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || { log "server did not come up"; exit 1; }

if [[ -z $(sql "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'") ]]; then
    log "creating role $ROLE"
    sql "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'"
fi
for db in "${DATABASES[@]}"; do
    if [[ -z $(sql "SELECT 1 FROM pg_database WHERE datname = '$db'") ]]; then
        log "creating database $db"
        as_postgres createdb --port "$PG_PORT" -O "$ROLE" "$db"
    fi
done

echo "postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PG_PORT/$TEST_DB"
