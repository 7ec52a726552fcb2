#!/usr/bin/env bash
# The quick start: one process with an embedded silo, the traffic simulator and the API.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project dashboard/ContactCenter.Dashboard -- --urls "${URLS:-http://127.0.0.1:5080}" "$@"
