#!/usr/bin/env bash
# A whole ContactCenter cluster on this machine, for development, tests and operations rehearsals:
# Redis (append-only), PostgreSQL (the history store), silo hosts, dashboard front ends and
# haproxy in front of them, on loopback.
#
#   cluster.sh up              start what is not running (3 silos, 2 front ends), wait until ready, print URLs
#   cluster.sh down            stop everything (graceful), Redis last
#   cluster.sh status          what runs, with pids, and the cluster's membership
#   cluster.sh kill-silo N     SIGKILL silo N            cluster.sh stop-silo N    SIGTERM, waits for it
#   cluster.sh start-silo N    start silo N again        cluster.sh add-silo       one more silo
#   cluster.sh kill-front N    SIGKILL front end N       cluster.sh start-front N  start it again
#   cluster.sh kill-redis      SIGKILL redis-server      cluster.sh start-redis    start it on its data
#   cluster.sh psql            a psql shell on the history database
#
# Every process inherits the caller's environment, so .NET configuration variables reach them
# (Security__ConnectorKeys__0__Hash=..., Security__Users__0__Name=...). Everything it writes, logs
# included, is under CLUSTER_DIR (default .cluster/ in the repository). Ports: Redis REDIS_PORT
# (6379), PostgreSQL PG_PORT (5439, beside a system server on 5432), silo N SILO_BASE+N / GATEWAY_BASE+N (11110+N, 30000+N), front end N FRONT_BASE+N (5080+N),
# haproxy LB_PORT (5080). CONFIGURATION (Release) picks the build; CLUSTER_NO_BUILD=1 uses it as is.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${CLUSTER_DIR:-$ROOT/.cluster}
CONFIGURATION=${CONFIGURATION:-Release}
REDIS_PORT=${REDIS_PORT:-6379}
PG_PORT=${PG_PORT:-5439}
FRONT_BASE=${FRONT_BASE:-5080}
SILO_BASE=${SILO_BASE:-11110}
GATEWAY_BASE=${GATEWAY_BASE:-30000}
LB_PORT=${LB_PORT:-5080}
SILOS=${SILOS:-3}
FRONTS=${FRONTS:-2}
SILO_DLL=$ROOT/src/ContactCenter.SiloHost/bin/$CONFIGURATION/net10.0/ContactCenter.SiloHost.dll
FRONT_DLL=$ROOT/dashboard/ContactCenter.Dashboard/bin/$CONFIGURATION/net10.0/ContactCenter.Dashboard.dll
REDIS="127.0.0.1:$REDIS_PORT"
# Each process pools at most 30 connections; the server takes 200 (3 silos, 2 front ends, room to add).
HISTORY="Host=127.0.0.1;Port=$PG_PORT;Username=contactcenter;Database=contactcenter;Maximum Pool Size=30"
mkdir -p "$DIR/logs" "$DIR/pids" "$DIR/redis"

say() { echo "cluster: $*" >&2; }

install_missing() {
  local missing=()
  for package in "$@"; do
    command -v "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "installing ${missing[*]} from Debian's packages"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  # The packages start services (redis on 6379, postgresql on 5432); this cluster runs its own.
  $sudo service redis-server stop >/dev/null 2>&1 || true
  $sudo service postgresql stop >/dev/null 2>&1 || true
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# PostgreSQL refuses to run as root: as root, its tools run as the postgres user the package creates.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin
  bin=$(pg_bin)
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then return 0; fi
  if [ ! -f "$DIR/postgres/PG_VERSION" ]; then
    mkdir -p "$DIR/postgres"
    [ "$(id -u)" -eq 0 ] && chown postgres "$DIR/postgres"
    if ! as_postgres test -w "$DIR/postgres"; then
      say "the postgres user cannot reach $DIR/postgres (a parent folder is closed to it): set CLUSTER_DIR to a folder it can reach, e.g. under /tmp"
      exit 1
    fi
    as_postgres "$bin/initdb" -D "$DIR/postgres" -U contactcenter --auth=trust -E UTF8 >"$DIR/logs/postgres-init.log"
  fi
  [ "$(id -u)" -eq 0 ] && touch "$DIR/logs/postgres.log" && chown postgres "$DIR/logs/postgres.log"
  # Durable as shipped (fsync on): a committed history write survives a killed server.
  # The socket goes to /tmp (short paths only); clients use TCP on loopback.
  as_postgres "$bin/pg_ctl" -D "$DIR/postgres" -l "$DIR/logs/postgres.log" -w -t 60 start \
    -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null
  head -1 "$DIR/postgres/postmaster.pid" >"$DIR/pids/postgres"
  psql -h 127.0.0.1 -p "$PG_PORT" -U contactcenter -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'contactcenter'" | grep -q 1 ||
    psql -h 127.0.0.1 -p "$PG_PORT" -U contactcenter -d postgres -qc "CREATE DATABASE contactcenter" >/dev/null
}

stop_postgres() {
  [ -f "$DIR/postgres/postmaster.pid" ] && as_postgres "$(pg_bin)/pg_ctl" -D "$DIR/postgres" -m fast -w stop >/dev/null 2>&1 || true
  rm -f "$DIR/pids/postgres"
}

running() { [ -f "$DIR/pids/$1" ] && kill -0 "$(cat "$DIR/pids/$1")" 2>/dev/null; }

start_redis() {
  if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then return 0; fi
  # Append-only, synced before Redis answers: what it acknowledged survives a killed redis-server.
  # With everysec, Redis held writes back while a slow fsync ran yet answered, and a kill then lost
  # them (README, "Redis persistence").
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$DIR/redis" --appendonly yes --appendfsync always \
    --save '' --daemonize yes --pidfile "$DIR/pids/redis" --logfile "$DIR/logs/redis.log"
  for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && return 0; sleep 0.1; done
  say "redis-server did not answer; see $DIR/logs/redis.log"; exit 1
}

build() {
  [ "${CLUSTER_NO_BUILD:-}" = "1" ] && [ -f "$SILO_DLL" ] && [ -f "$FRONT_DLL" ] && return 0
  say "building ($CONFIGURATION)"
  dotnet build -c "$CONFIGURATION" -v quiet -nologo "$ROOT/src/ContactCenter.SiloHost" >/dev/null
  dotnet build -c "$CONFIGURATION" -v quiet -nologo "$ROOT/dashboard/ContactCenter.Dashboard" >/dev/null
}

start_silo() {
  local n=$1
  if running "silo-$n"; then say "silo $n already runs"; return 0; fi
  (cd "$ROOT" && exec nohup dotnet "$SILO_DLL" --Profile=cluster --Orleans:RedisConnectionString="$REDIS" --ConnectionStrings:History="$HISTORY" \
    --Orleans:SiloPort=$((SILO_BASE + n)) --Orleans:GatewayPort=$((GATEWAY_BASE + n)) >>"$DIR/logs/silo-$n.log" 2>&1) &
  echo $! >"$DIR/pids/silo-$n"
  say "silo $n started (pid $!, log $DIR/logs/silo-$n.log)"
}

start_front() {
  local n=$1
  if running "front-$n"; then say "front end $n already runs"; return 0; fi
  (cd "$ROOT" && exec nohup dotnet "$FRONT_DLL" --Profile=cluster --Orleans:RedisConnectionString="$REDIS" --ConnectionStrings:History="$HISTORY" \
    --urls "http://127.0.0.1:$((FRONT_BASE + n))" >>"$DIR/logs/front-$n.log" 2>&1) &
  echo $! >"$DIR/pids/front-$n"
  say "front end $n started (pid $!, log $DIR/logs/front-$n.log)"
}

start_balancer() {
  running haproxy && return 0
  local servers=""
  for n in $(seq "$FRONTS"); do
    servers+="    server front$n 127.0.0.1:$((FRONT_BASE + n)) check cookie front$n"$'\n'
  done
  # Sticky by cookie (a Blazor circuit and a SignalR connection live on one front end); a front end
  # that fails its readiness check is taken out within two seconds and its browsers go to another.
  cat >"$DIR/haproxy.cfg" <<EOF
global
    log stdout format raw local0 warning
defaults
    mode http
    timeout connect 2s
    timeout client 1h
    timeout server 1h
    timeout tunnel 1h
    option redispatch
    # A batch is safe to post twice (events are idempotent by id): a request cut off by a dying
    # front end is sent to another instead of failing with 502.
    option http-buffer-request
    retry-on all-retryable-errors
    retries 3
frontend floor
    bind 127.0.0.1:$LB_PORT
    default_backend fronts
backend fronts
    balance roundrobin
    cookie CC_FRONT insert indirect nocache
    option httpchk GET /health/ready
    default-server inter 1s fall 2 rise 2
$servers
EOF
  haproxy -D -f "$DIR/haproxy.cfg" -p "$DIR/pids/haproxy"
  say "haproxy on http://127.0.0.1:$LB_PORT"
}

wait_ready() {
  local port=$1 deadline=$((SECONDS + ${READY_TIMEOUT:-180}))
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      say "http://127.0.0.1:$port is not ready; see $DIR/logs"
      # The logs go when a test's cluster is torn down: say here why a front end did not come up.
      for log in "$DIR"/logs/front-*.log; do say "last lines of $log:"; tail -n 25 "$log" >&2; done
      exit 1
    fi
    sleep 0.5
  done
}

stop() {
  local name=$1 signal=$2
  if ! running "$name"; then say "$name is not running"; return 0; fi
  local pid
  pid=$(cat "$DIR/pids/$name")
  kill "-$signal" "$pid"
  # A graceful stop hands grains over; give it the time Orleans needs, then insist.
  for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  rm -f "$DIR/pids/$name"
  say "$name stopped ($signal)"
}

silo_numbers() { ls "$DIR/pids" | sed -n 's/^silo-\([0-9]*\)$/\1/p' | sort -n; }

case "${1:-}" in
  up)
    install_missing redis-server haproxy
    [ -n "$(pg_bin)" ] || install_missing postgresql
    start_redis
    start_postgres
    build
    for n in $(seq "$SILOS"); do start_silo "$n"; done
    for n in $(seq "$FRONTS"); do start_front "$n"; done
    for n in $(seq "$FRONTS"); do wait_ready $((FRONT_BASE + n)); done
    start_balancer
    wait_ready "$LB_PORT"
    for n in $(seq "$FRONTS"); do echo "http://127.0.0.1:$((FRONT_BASE + n))"; done
    echo "http://127.0.0.1:$LB_PORT"
    ;;
  down)
    [ -f "$DIR/pids/haproxy" ] && { kill "$(cat "$DIR/pids/haproxy")" 2>/dev/null || true; rm -f "$DIR/pids/haproxy"; }
    # Every front end at once, then every silo at once: the whole cluster is going, so no silo
    # needs to take over another's grains (their state is already written), and one by one each
    # graceful stop waited for the last.
    for f in $(ls "$DIR/pids" | grep '^front-' || true); do stop "$f" TERM & done
    wait
    for n in $(silo_numbers); do stop "silo-$n" TERM & done
    wait
    stop_postgres
    redis-cli -p "$REDIS_PORT" shutdown >/dev/null 2>&1 || true
    rm -f "$DIR/pids/redis"
    say "down"
    ;;
  status)
    redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && echo "redis   up   $REDIS" || echo "redis   down $REDIS"
    "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && echo "history up   postgres 127.0.0.1:$PG_PORT" || echo "history down postgres 127.0.0.1:$PG_PORT"
    for f in $(ls "$DIR/pids" | grep -E '^(silo|front)-|^haproxy$' | sort -V || true); do
      if running "$f"; then echo "$f  up   pid $(cat "$DIR/pids/$f")"; else echo "$f  down"; fi
    done
    for n in $(seq "$FRONTS"); do
      curl -s "http://127.0.0.1:$((FRONT_BASE + n))/health/ready" 2>/dev/null && echo && break
    done
    ;;
  kill-silo) stop "silo-${2:?silo number}" KILL ;;
  stop-silo) stop "silo-${2:?silo number}" TERM ;;
  start-silo) start_silo "${2:?silo number}" ;;
  add-silo)
    last=$(silo_numbers | tail -1)
    start_silo $(( ${last:-0} + 1 ))
    ;;
  kill-front) stop "front-${2:?front end number}" KILL ;;
  start-front) start_front "${2:?front end number}"; wait_ready $((FRONT_BASE + $2)) ;;
  kill-redis)
    [ -f "$DIR/pids/redis" ] && kill -KILL "$(cat "$DIR/pids/redis")" && rm -f "$DIR/pids/redis"
    say "redis killed"
    ;;
  start-redis) start_redis; say "redis up on $REDIS" ;;
  psql) exec psql -h 127.0.0.1 -p "$PG_PORT" -U contactcenter -d contactcenter ;;
  *)
    sed -n '2,15p' "$0" >&2
    exit 2
    ;;
esac
