#!/usr/bin/env bash
# Load benchmark of the HTTP API: starts `borderland serve` on loopback, warms it up, then runs
# wrk against GET /api/v1/rank at 50 concurrent connections and prints requests/s and the latency
# distribution (p50, p99). Needs wrk (Debian: apt-get install wrk).
#
#   bench/serve-load.sh [seconds=20] [connections=50] [path=/api/v1/rank?aggressor=RUS&year=2022] [serve flags, e.g. --no-cache]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_RUN="${1:-20}"
CONNECTIONS="${2:-50}"
PATH_Q="${3:-/api/v1/rank?aggressor=RUS&year=2022}"
PORT="${BORDERLAND_BENCH_PORT:-7099}"
SERVE_FLAGS="${4:-}"
command -v wrk >/dev/null || { echo "bench/serve-load.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

# shellcheck disable=SC2086
"$ROOT/borderland" serve --port "$PORT" $SERVE_FLAGS > /tmp/borderland-serve-load.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
URL="http://127.0.0.1:$PORT$PATH_Q"
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$URL" && break
  sleep 0.5
done
curl -sf -o /dev/null "$URL" || { echo "the server did not answer; see /tmp/borderland-serve-load.log" >&2; exit 1; }
echo "warm-up: 10 s at $CONNECTIONS connections (not counted)"
wrk -t2 -c"$CONNECTIONS" -d10s "$URL" > /dev/null
echo "measured: $SECONDS_RUN s, 2 threads, $CONNECTIONS connections, $URL ($(nproc) cores; serve $SERVE_FLAGS; load average $(cut -d' ' -f1 /proc/loadavg))"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency "$URL"
