#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: `source build/postgres.sh; postgres_start; …; postgres_stop`.
# postgres_start installs PostgreSQL from Debian's packages when it is missing (needs root), creates a cluster in a
# temporary directory, owned by an unprivileged user, listening only on 127.0.0.1 on a free port, and exports
# TILDA_TEST_POSTGRES (its admin connection string). On failure it sets POSTGRES_SKIP_REASON and returns 1.

POSTGRES_DIR=""
POSTGRES_USER_NAME="postgres"

postgres_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

postgres_as_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$POSTGRES_USER_NAME" -- "$@"; else "$@"; fi
}

postgres_start() {
  local bin port
  bin=$(postgres_bin)
  if [ -z "$bin" ]; then
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
      POSTGRES_SKIP_REASON="PostgreSQL is not installed and this user cannot install it (needs root and apt-get)"
      return 1
    fi
    echo "Installing PostgreSQL from Debian's packages…"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }; then
      POSTGRES_SKIP_REASON="apt-get install postgresql failed"
      return 1
    fi
    bin=$(postgres_bin)
  fi
  if [ "$(id -u)" = 0 ]; then
    id "$POSTGRES_USER_NAME" >/dev/null 2>&1 || useradd --system --no-create-home "$POSTGRES_USER_NAME"
  else
    POSTGRES_USER_NAME=$(id -un)
  fi
  POSTGRES_DIR=$(mktemp -d /tmp/tilda-postgres.XXXXXX)
  chown "$POSTGRES_USER_NAME" "$POSTGRES_DIR" 2>/dev/null || true
  if ! postgres_as_user "$bin/initdb" -D "$POSTGRES_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$POSTGRES_DIR/initdb.log" 2>&1; then
    POSTGRES_SKIP_REASON="initdb failed: $(tail -n 3 "$POSTGRES_DIR/initdb.log")"
    return 1
  fi
  for _ in 1 2 3 4 5; do
    port=$(( 20000 + RANDOM % 20000 ))
    if postgres_as_user "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w -t 30 \
         -o "-h 127.0.0.1 -p $port -k $POSTGRES_DIR -c fsync=off -c max_connections=300" start >/dev/null 2>&1; then
      export TILDA_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=20"
      echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') started on 127.0.0.1:$port (data in $POSTGRES_DIR)"
      return 0
    fi
  done
  POSTGRES_SKIP_REASON="the PostgreSQL server did not start: $(tail -n 3 "$POSTGRES_DIR/server.log" 2>/dev/null)"
  return 1
}

postgres_stop() {
  [ -n "$POSTGRES_DIR" ] || return 0
  local bin
  bin=$(postgres_bin)
  [ -n "$bin" ] && postgres_as_user "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$POSTGRES_DIR"
  POSTGRES_DIR=""
}
