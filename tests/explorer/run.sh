#!/usr/bin/env bash
# Starts the built API (seed loaded) on a free port over a throwaway embedded store, posts a hostile article and the tour's,
# reads every export back with real parsers, drives the explorer in Debian's chromium, stops the API.
# Usage: bash tests/explorer/run.sh [SCREENSHOT.png]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="$(mktemp -d)"
screenshot="${1:-$data/explorer.png}"
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
base="http://127.0.0.1:$port"
Storage__Path="$data" Storage__Provider=Embedded dotnet "$root/src/FactionGraph.Api/bin/Release/net10.0/FactionGraph.Api.dll" \
  --urls "$base" >"$data/api.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -sf "$base/health" >/dev/null && break; sleep 0.5; done
curl -sf "$base/health" >/dev/null || { cat "$data/api.log"; echo "API did not start"; exit 1; }
post() { # JSON article file -> waits until the worker has applied it
  local job
  job="$(curl -sf "$base/articles" -H 'Content-Type: application/json' --data-binary @"$1" | sed -E 's/.*"jobId":"([^"]+)".*/\1/')"
  for _ in $(seq 1 120); do curl -sf "$base/articles/jobs/$job" | grep -q '"DONE"' && return 0; sleep 0.5; done
  curl -s "$base/articles/jobs/$job"; echo "article $1 was not ingested"; exit 1
}
# Strings a page must never run: markup in a title, an outlet, a quote and an address.
post "$root/tests/explorer/hostile-article.json"
# A javascript: address never gets as far as a page: the intake refuses it (input rules), so no link can carry it.
refused="$(node -e 'const a = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); a.url = "javascript:window.pwned=1"; process.stdout.write(JSON.stringify(a))' "$root/tests/explorer/hostile-article.json" \
  | curl -s -o /dev/null -w '%{http_code}' "$base/articles" -H 'Content-Type: application/json' --data-binary @-)"
[[ "$refused" == 400 ]] || { echo "a javascript: address was not refused (HTTP $refused)"; exit 1; }
echo "ok - a javascript: address is refused at intake (HTTP 400)"
# The tour's second article: a membership it denies (Ahrar al-Sham "did not join" HTS) and an https address.
node -e 'const fs = require("fs"); const [meta, text, out] = process.argv.slice(1);
  fs.writeFileSync(out, JSON.stringify({ ...JSON.parse(fs.readFileSync(meta, "utf8")), text: fs.readFileSync(text, "utf8") }));' \
  "$root/docs/tour/2017-01-28-hts-formed.json" "$root/docs/tour/2017-01-28-hts-formed.txt" "$data/tour.json"
post "$data/tour.json"
status=0
node "$root/tests/explorer/exports.mjs" "$base" || status=1
node "$root/tests/explorer/explorer.mjs" "$base" "$screenshot" || status=1
exit $status
