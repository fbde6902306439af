#!/usr/bin/env bash
# Load test of the HTTP API with wrk (Debian package `wrk`), loopback only,
# bounded: 64 connections, 2 threads, DURATION seconds per endpoint.
#
#   bash scripts/loadtest.sh DATA_DIR [DURATION]
#
# Starts `dossier serve` on a free loopback port over DATA_DIR (ingested
# before, e.g. by `cargo run --release -p dossier-bench -- --keep`), then
# runs the search and entity endpoints; prints requests/s, p99 latency and
# failed requests (non-2xx answers, socket errors, or no answer within 10 s).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:?usage: loadtest.sh DATA_DIR [DURATION]}
DURATION=${2:-15}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
cargo build -q --release -p dossier
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
./target/release/dossier --data "$DATA" serve --addr "127.0.0.1:$PORT" 2>/dev/null &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/api/stats" >/dev/null && break; sleep 0.1; done
BASE="http://127.0.0.1:$PORT"
ENTITY=$(curl -sf "$BASE/api/search?q=Minister&limit=1" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["facets"]["entities"][0][0]["id"])')
LUA=$(mktemp)
cat > "$LUA" <<'LUAEOF'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
  io.write(string.format("requests/s %.0f  p50 %.2f ms  p99 %.2f ms  requests %d  failed %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors))
end
LUAEOF
run() {
    printf '%-44s ' "$1"
    wrk -t2 -c64 -d"${DURATION}s" --timeout 10s --latency -s "$LUA" "$BASE$2" | tail -1
}
echo "# wrk, 64 connections, ${DURATION} s each, $(curl -sf "$BASE/api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])') articles"
run "search (q=Minister, facets)" "/api/search?q=Minister"
run "search (phrase, dated, no facets)" "/api/search?q=%22Minister%20sagte%22&from=2024&facets=false"
run "entity $ENTITY (profile, activity, quotes, meetings)" "/api/entities/$ENTITY"
rm -f "$LUA"
