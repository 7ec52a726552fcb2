#!/usr/bin/env bash
# A two-silo cluster on this machine: Redis for membership, grain state and reminders,
# two ContactCenter.SiloHost processes, and the dashboard as a client of the cluster.
# Stop everything with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v redis-server >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq redis-server
fi
if ! redis-cli -p 6379 ping >/dev/null 2>&1; then
  redis-server --port 6379 --bind 127.0.0.1 --save '' --daemonize yes
fi

dotnet build -c Release src/ContactCenter.SiloHost -v quiet -nologo
dotnet build -c Release dashboard/ContactCenter.Dashboard -v quiet -nologo
pids=()
trap 'kill "${pids[@]}" 2>/dev/null' EXIT INT TERM
for i in 1 2; do
  dotnet run -c Release --no-build --project src/ContactCenter.SiloHost -- \
    --Profile=cluster --Orleans:SiloPort=$((11110 + i)) --Orleans:GatewayPort=$((30000 + i)) &
  pids+=($!)
done
dotnet run -c Release --no-build --project dashboard/ContactCenter.Dashboard -- \
  --Profile=cluster --urls "${URLS:-http://127.0.0.1:5080}" "$@" &
pids+=($!)
wait
