#!/usr/bin/env bash
# Soak run: bench/soak.sh [SECONDS]   (default 600; SOAK_SECONDS works too)
#
# Starts the Release API on a fresh embedded store with the seed graph and the worker (PROVIDER=Neo4j and
# the Neo4j__* variables point it at Neo4j instead), then drives it with FactionGraph.Bench soak: the rate
# of ordinary reads 16 callers sustain, then SECONDS of requests at 80% of that rate on a fixed schedule,
# mixed: reads (80%), article submissions (5%) and hostile requests that must be refused (15%). /health and
# the server's resident memory are sampled every 2 s; at the end every accepted article must be applied.
# Writes bench/results/soak.json and soak.md; exits 1 when the goal (0 errors, nothing lost, /health always
# up, resident memory within +10% after the first fifth of the run) is not met.
# KEEP_WORK=1 keeps the temporary folder (store, server log).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${1:-${SOAK_SECONDS:-600}}"
work="$(mktemp -d /tmp/factiongraph-soak.XXXXXX)"
api_pid=""

cleanup() {
  if [[ -n "$api_pid" ]]; then kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; fi
  if [[ "${KEEP_WORK:-}" == 1 ]]; then echo "Work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "=== Build (Release)"
dotnet build src/FactionGraph.Api -c Release --nologo -v q >/dev/null
dotnet build bench/FactionGraph.Bench -c Release --nologo -v q >/dev/null
api_dll="$root/src/FactionGraph.Api/bin/Release/net10.0/FactionGraph.Api.dll"
bench_dll="$root/bench/FactionGraph.Bench/bin/Release/net10.0/FactionGraph.Bench.dll"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 5199)"
echo "=== API on 127.0.0.1:$port (store in $work/store)"
# The result cache stays on, as deployed; hostile and write requests vary, reads repeat as analysts' do.
Storage__Path="$work/store" Storage__Provider="${PROVIDER:-Embedded}" Ingestion__LoadSeed=true \
  dotnet "$api_dll" --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 240); do
  if curl -fs -o /dev/null "http://127.0.0.1:$port/health"; then break; fi
  kill -0 "$api_pid" 2>/dev/null || { echo "API exited; log:" >&2; tail -n 30 "$work/api.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$port/health" || { echo "API did not become healthy" >&2; tail -n 30 "$work/api.log" >&2; exit 1; }

echo "=== Soak for $seconds s"
status=0
dotnet "$bench_dll" soak --url "http://127.0.0.1:$port" --pid "$api_pid" --seconds "$seconds" --out "$root/bench/results" || status=$?
if ! kill -0 "$api_pid" 2>/dev/null; then echo "The API process is gone after the soak; log:" >&2; tail -n 30 "$work/api.log" >&2; status=1; fi
grep -c '"LogLevel":"Error"\|fail:' "$work/api.log" >/dev/null 2>&1 && echo "Server log error lines: $(grep -c 'fail:' "$work/api.log" || true)"
echo "Results: bench/results/soak.json, bench/results/soak.md"
exit "$status"
