#!/usr/bin/env bash
# Catalog test servers on 127.0.0.1: a real stac-fastapi-pgstac STAC API loaded with the
# OSC fixture (tests/fixtures/osc), the static fixture catalog with CORS, and the same
# catalog without CORS headers.
#
#   bash scripts/catalog/server.sh start    # install what is missing, start, wait, print URLs
#   bash scripts/catalog/server.sh status   # exit 0 when everything answers
#   bash scripts/catalog/server.sh stop     # stop what start started, remove the temp data
#   bash scripts/catalog/server.sh env      # print the URLs as NAME=value lines
#
# Ports: CATALOG_API_PORT (8081), CATALOG_STATIC_PORT (8082), CATALOG_NOCORS_PORT (8083),
# CATALOG_PG_PORT (55432). CATALOG_SEARCH_FREETEXT=1 also registers free text (q) on
# /search, which stock stac-fastapi-pgstac 7.2 offers only on /collections.
# State (pids, logs): CATALOG_STATE_DIR (default .catalog-state in the repo).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
HOST=127.0.0.1
PG_PORT="${CATALOG_PG_PORT:-55432}"
API_PORT="${CATALOG_API_PORT:-8081}"
STATIC_PORT="${CATALOG_STATIC_PORT:-8082}"
NOCORS_PORT="${CATALOG_NOCORS_PORT:-8083}"
STATE="${CATALOG_STATE_DIR:-$REPO/.catalog-state}"
VENV="${CATALOG_VENV:-$REPO/.venv-catalog}"
FIXTURE="${CATALOG_FIXTURE_DIR:-$REPO/tests/fixtures/osc}"
FREETEXT="${CATALOG_SEARCH_FREETEXT:-0}"
PG_BIN=/usr/lib/postgresql/15/bin
PG_DB=pgstac
PG_DSN="postgresql://postgres:postgres@$HOST:$PG_PORT/$PG_DB"
API_URL="http://$HOST:$API_PORT"
STATIC_URL="http://$HOST:$STATIC_PORT"
NOCORS_URL="http://$HOST:$NOCORS_PORT"
SERVICES=(api static nocors)
CONFIG="freetext=$FREETEXT pg=$PG_PORT api=$API_PORT static=$STATIC_PORT nocors=$NOCORS_PORT fixture=$FIXTURE"

say() { printf '[catalog] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# ---------------------------------------------------------------- install -------------

apt_missing() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}

ensure_packages() {
  local want=(postgresql-15 postgresql-15-postgis-3) missing p cand update=0
  [[ -x /usr/bin/python3 ]] && ! /usr/bin/python3 -c 'import ensurepip, venv' 2>/dev/null && want+=(python3-venv)
  [[ -x /usr/bin/python3 ]] || want+=(python3 python3-venv)
  mapfile -t missing < <(apt_missing "${want[@]}")
  ((${#missing[@]})) || return 0
  [[ $EUID -eq 0 ]] || die "missing Debian packages (${missing[*]}); run as root or install them"
  for p in "${missing[@]}"; do
    cand="$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2}')"
    [[ -n "$cand" && "$cand" != "(none)" ]] || update=1
  done
  if ((update)); then say "apt-get update"; apt-get update -qq; fi
  say "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {
  local stamp py
  stamp="$(cat "$HERE/requirements.txt" "$HERE/constraints.txt" | sha256sum | cut -c1-16)"
  if [[ -x "$VENV/bin/uvicorn" && -x "$VENV/bin/pypgstac" && "$(cat "$VENV/.catalog-stamp" 2>/dev/null)" == "$stamp" ]]; then
    return 0
  fi
  py="${CATALOG_PYTHON:-/usr/bin/python3}"
  [[ -x "$py" ]] || py="$(command -v python3)"
  if [[ ! -x "$VENV/bin/python" ]]; then
    say "creating $VENV"
    "$py" -m venv "$VENV"
  fi
  say "pip install -r scripts/catalog/requirements.txt"
  (cd "$HERE" && "$VENV/bin/pip" install -q --disable-pip-version-check -r requirements.txt)
  echo "$stamp" >"$VENV/.catalog-stamp"
}

# ---------------------------------------------------------------- helpers -------------

port_busy() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# Runs a PostgreSQL tool as user postgres when we are root (postgres refuses root).
as_pg() {
  if [[ $EUID -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else (cd / && "$@"); fi
}

pid_of() { cat "$STATE/$1.pid" 2>/dev/null || true; }

# True while pid runs; a zombie (exited, not yet reaped by its new parent) counts as gone.
running() { kill -0 "$1" 2>/dev/null && [[ "$(ps -o stat= -p "$1" 2>/dev/null)" != Z* ]]; }

# A pid file is trusted only while that pid still runs the command we started.
alive() {
  local pid
  pid="$(pid_of "$1")"
  [[ -n "$pid" ]] && running "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$(cat "$STATE/$1.cmd" 2>/dev/null || echo '#none#')"
}

pg_tmp() { cat "$STATE/pgtmp" 2>/dev/null || true; }

pg_alive() {
  local tmp
  tmp="$(pg_tmp)"
  [[ -n "$tmp" && -f "$tmp/data/postmaster.pid" ]] && as_pg "$PG_BIN/pg_ctl" -D "$tmp/data" status >/dev/null 2>&1
}

http_ok() { curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; }

url_of() {
  case "$1" in
    api) echo "$API_URL/conformance" ;;
    static) echo "$STATIC_URL/catalog.json" ;;
    nocors) echo "$NOCORS_URL/catalog.json" ;;
  esac
}

# Starts a command in the background with its output in $STATE/NAME.log; records its pid.
spawn() {
  local name="$1" marker="$2"
  shift 2
  (cd "$STATE" && exec nohup "$@" >"$STATE/$name.log" 2>&1 </dev/null) &
  echo $! >"$STATE/$name.pid"
  echo "$marker" >"$STATE/$name.cmd"
}

print_env() {
  cat <<EOF
CATALOG_API_URL=$API_URL
CATALOG_STATIC_URL=$STATIC_URL/catalog.json
CATALOG_NOCORS_URL=$NOCORS_URL/catalog.json
CATALOG_PG_DSN=$PG_DSN
CATALOG_SEARCH_FREETEXT=$FREETEXT
EOF
}

all_up() {
  local s
  [[ "$(cat "$STATE/config" 2>/dev/null)" == "$CONFIG" ]] || return 1
  pg_alive || return 1
  for s in "${SERVICES[@]}"; do alive "$s" && http_ok "$(url_of "$s")" || return 1; done
}

# The STAC API alone (uvicorn), on the running database.
spawn_api() {
  local app
  if [[ "$FREETEXT" == 1 ]]; then app=(--app-dir "$HERE" app_freetext:create_app); else app=(stac_fastapi.pgstac.app:create_app); fi
  spawn api "uvicorn ${app[*]} --factory --host $HOST --port $API_PORT" \
    env PGUSER=postgres PGPASSWORD=postgres PGHOST="$HOST" PGPORT="$PG_PORT" PGDATABASE="$PG_DB" \
    CORS_ORIGINS='*' CORS_METHODS='GET,POST,OPTIONS' ENABLE_TRANSACTIONS_EXTENSIONS=false \
    DB_MIN_CONN_SIZE=1 DB_MAX_CONN_SIZE=4 STAC_FASTAPI_LANDING_ID=earthcode-osc-fixture \
    STAC_FASTAPI_TITLE="EarthCODE OSC test fixture" STAC_FASTAPI_VERSION=7.2.0 \
    STAC_FASTAPI_DESCRIPTION="stac-fastapi-pgstac 7.2.0 loaded with tests/fixtures/osc" \
    "$VENV/bin/uvicorn" "${app[@]}" --factory --host "$HOST" --port "$API_PORT" --log-level warning

}

wait_for() {
  local s="$1" i
  for i in $(seq 150); do
    http_ok "$(url_of "$s")" && return 0
    alive "$s" || return 1
    sleep 0.2
  done
  return 1
}

# Stops only the API (tests of "the catalog went away"); start-api brings it back.
cmd_stop_api() {
  local pid i
  if alive api; then
    pid="$(pid_of api)"
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 50); do running "$pid" || break; sleep 0.1; done
    running "$pid" && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$STATE/api.pid" "$STATE/api.cmd"
  say "api stopped"
}

cmd_start_api() {
  pg_alive || die "the database is not running: use start"
  alive api && http_ok "$(url_of api)" && { say "api already running"; return 0; }
  spawn_api
  wait_for api || die "api did not answer on $(url_of api)"
  say "api up on $API_URL"
}

# ---------------------------------------------------------------- commands ------------

cmd_stop() {
  local s pid tmp i
  for s in "${SERVICES[@]}"; do
    if alive "$s"; then
      pid="$(pid_of "$s")"
      kill -TERM "$pid" 2>/dev/null || true
      for i in $(seq 50); do running "$pid" || break; sleep 0.1; done
      running "$pid" && kill -KILL "$pid" 2>/dev/null || true
      say "stopped $s (pid $pid)"
    fi
    rm -f "$STATE/$s.pid" "$STATE/$s.cmd"
  done
  tmp="$(pg_tmp)"
  if [[ -n "$tmp" ]]; then
    if pg_alive; then
      as_pg "$PG_BIN/pg_ctl" -D "$tmp/data" -m fast -w -t 20 stop >/dev/null || true
      say "stopped postgres"
    fi
    case "$tmp" in /tmp/earthcode-catalog-pg.*) rm -rf "$tmp" ;; esac
  fi
  rm -rf "$STATE"
}

fail_start() {
  local f
  say "start failed: $*"
  for f in "$STATE"/*.log "$(pg_tmp)/postgres.log"; do
    [[ -f "$f" ]] && { say "--- $f"; tail -n 20 "$f" >&2; }
  done
  cmd_stop
  exit 1
}

cmd_start() {
  local t0 tmp p s app ok i
  t0=$SECONDS
  if [[ -d "$STATE" ]] && all_up; then
    say "already running"
    print_env
    return 0
  fi
  [[ -d "$STATE" ]] && cmd_stop
  [[ -f "$FIXTURE/catalog.json" ]] || die "no fixture at $FIXTURE"
  ensure_packages
  ensure_venv
  for p in "$PG_PORT" "$API_PORT" "$STATIC_PORT" "$NOCORS_PORT"; do
    port_busy "$p" && die "port $p on $HOST is already in use (set CATALOG_*_PORT)"
  done
  mkdir -p "$STATE"
  echo "$CONFIG" >"$STATE/config"

  # static servers first: they are instant
  spawn static "static_server.py $FIXTURE $STATIC_PORT --cors" \
    "$VENV/bin/python" "$HERE/static_server.py" "$FIXTURE" "$STATIC_PORT" --cors
  spawn nocors "static_server.py $FIXTURE $NOCORS_PORT" \
    "$VENV/bin/python" "$HERE/static_server.py" "$FIXTURE" "$NOCORS_PORT"

  # a fresh PostgreSQL cluster in a temp dir, run as user postgres
  tmp="$(mktemp -d /tmp/earthcode-catalog-pg.XXXXXX)"
  echo "$tmp" >"$STATE/pgtmp"
  [[ $EUID -eq 0 ]] && chown postgres: "$tmp"
  chmod 700 "$tmp"
  as_pg "$PG_BIN/initdb" -D "$tmp/data" -U postgres --auth=trust -E UTF8 --no-locale -N >"$STATE/initdb.log" 2>&1 ||
    fail_start "initdb"
  as_pg "$PG_BIN/pg_ctl" -D "$tmp/data" -l "$tmp/postgres.log" -w -t 30 \
    -o "-c listen_addresses=$HOST -p $PG_PORT -c unix_socket_directories=$tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >"$STATE/pg_ctl.log" 2>&1 || fail_start "postgres did not start"
  as_pg "$PG_BIN/createdb" -h "$HOST" -p "$PG_PORT" -U postgres "$PG_DB" || fail_start "createdb"
  say "postgres up on $HOST:$PG_PORT ($((SECONDS - t0)) s); pypgstac migrate"
  "$VENV/bin/pypgstac" migrate --dsn "$PG_DSN" >"$STATE/migrate.log" 2>&1 || fail_start "pypgstac migrate"
  "$VENV/bin/python" "$HERE/load_api.py" --fixture "$FIXTURE" --dsn "$PG_DSN" \
    --api-url "$API_URL" --source-url "$STATIC_URL" >"$STATE/load.log" 2>&1 || fail_start "loading the fixture"
  say "$(tail -n 1 "$STATE/load.log") ($((SECONDS - t0)) s)"

  spawn_api

  for s in "${SERVICES[@]}"; do
    ok=0
    for i in $(seq 150); do
      if http_ok "$(url_of "$s")"; then ok=1; break; fi
      alive "$s" || break
      sleep 0.2
    done
    ((ok)) || fail_start "$s did not answer on $(url_of "$s")"
  done
  say "ready in $((SECONDS - t0)) s"
  print_env | tee "$STATE/env"
}

cmd_status() {
  local s rc=0
  if pg_alive; then echo "postgres  up    $HOST:$PG_PORT"; else echo "postgres  down"; rc=1; fi
  for s in "${SERVICES[@]}"; do
    if alive "$s" && http_ok "$(url_of "$s")"; then
      printf '%-9s up    %s (pid %s)\n' "$s" "$(url_of "$s")" "$(pid_of "$s")"
    else
      printf '%-9s down\n' "$s"; rc=1
    fi
  done
  return $rc
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop; say "stopped" ;;
  status) cmd_status ;;
  env) print_env ;;
  stop-api) cmd_stop_api ;;
  start-api) cmd_start_api ;;
  *) echo "usage: $0 start|stop|status|env|stop-api|start-api" >&2; exit 2 ;;
esac
