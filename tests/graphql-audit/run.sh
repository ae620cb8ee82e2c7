#!/usr/bin/env bash
# Starts the built API on a free port over a throwaway embedded store, runs graphql-http's audits, stops it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="$(mktemp -d)"
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
Storage__Path="$data" Storage__Provider=Embedded dotnet "$root/src/FactionGraph.Api/bin/Release/net10.0/FactionGraph.Api.dll" \
  --urls "http://127.0.0.1:$port" --contentRoot "$root/src/FactionGraph.Api" >"$data/api.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/health" >/dev/null || { cat "$data/api.log"; echo "API did not start"; exit 1; }
node "$root/tests/graphql-audit/audit.mjs" "http://127.0.0.1:$port/graphql"
