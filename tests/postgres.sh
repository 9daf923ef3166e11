#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the tests.
#   tests/postgres.sh start        initdb into a temp folder, start on a free port; prints the folder, then the
#                                  connection string
#   tests/postgres.sh stop DIR     stop it and delete the folder
# Needs Debian's postgresql package (./test.sh installs it when missing). As root, the server runs as 'postgres'.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
start)
  dir=$(mktemp -d /tmp/limber-pg-XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_server "$bin/initdb" -D "$dir/data" -U limber --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "$port" > "$dir/port"
  as_server "$bin/createdb" -h 127.0.0.1 -p "$port" -U limber limber
  echo "$dir"
  echo "Host=127.0.0.1;Port=$port;Username=limber;Database=limber;Timeout=5"
  ;;
restart)
  as_server "$bin/pg_ctl" -D "$2/data" -l "$2/server.log" -w \
    -o "-p $(cat "$2/port") -k $2 -c listen_addresses=127.0.0.1" start >/dev/null
  ;;
halt)
  as_server "$bin/pg_ctl" -D "$2/data" -m fast -w stop >/dev/null
  ;;
stop)
  as_server "$bin/pg_ctl" -D "$2/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$2"
  ;;
*)
  echo "usage: tests/postgres.sh start | restart DIR | halt DIR | stop DIR" >&2; exit 2
  ;;
esac
