#!/bin/sh
# A throwaway PostgreSQL server for the tests and the load bench, from Debian's `postgresql`
# package (scripts/system-deps.sh installs it):
#
#   sh scripts/postgres.sh start DIR   # initdb in DIR (once), start, print the library URL
#   sh scripts/postgres.sh stop DIR    # stop it and delete DIR
#
# PostgreSQL refuses to run as root. Run as root (CI, this machine), the server runs as the
# `postgres` system user that Debian's package creates (through runuser), and DIR is handed
# to it; run as anyone else, it runs as that user. It listens on 127.0.0.1 only, on a free
# port, with trust authentication for one user, `clausewise`: a test server, never a
# production one (fsync off: nothing here must outlive a crash).
set -eu
cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
    echo "usage: sh scripts/postgres.sh start|stop DIR" >&2
    exit 2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
    echo "postgres.sh: no PostgreSQL under /usr/lib/postgresql (sh scripts/system-deps.sh installs it)" >&2
    exit 1
fi
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
data="$dir/data"
case "$cmd" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir" && chmod 700 "$dir"
    if [ ! -f "$data/PG_VERSION" ]; then
        as_owner "$bin/initdb" -D "$data" -U clausewise -A trust -E UTF8 --locale=C.UTF-8 \
            --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start -o \
            "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
        echo "$port" >"$dir/port"
        as_owner "$bin/psql" -q -h 127.0.0.1 -p "$port" -U clausewise -d postgres \
            -c "CREATE DATABASE clausewise" >/dev/null
    fi
    echo "postgresql://clausewise@127.0.0.1:$(cat "$dir/port")/clausewise"
    ;;
stop)
    if [ -f "$data/PG_VERSION" ]; then
        as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: sh scripts/postgres.sh start|stop DIR" >&2
    exit 2
    ;;
esac
