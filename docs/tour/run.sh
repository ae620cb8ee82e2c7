#!/usr/bin/env bash
# The README's tour, reproducible: asks a running FactionGraph (fresh store, seed loaded) the tour's questions,
# feeding it docs/tour's second article on the way, and prints each query with its answer.
#   dotnet run --project src/FactionGraph.Api &   then   bash docs/tour/run.sh [URL]
set -euo pipefail
url="${1:-http://127.0.0.1:5080}"
here="$(cd "$(dirname "$0")" && pwd)"

ask() { # ask QUERY [VARIABLES_JSON]
  echo "### $1"
  python3 - "$url" "$1" "${2:-null}" <<'PY'
import json, sys, urllib.request
url, query, variables = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
body = json.dumps({"query": query, "variables": variables}).encode()
req = urllib.request.Request(url + "/graphql", body, {"Content-Type": "application/json", "Accept": "application/graphql-response+json"})
try: answer = urllib.request.urlopen(req).read()
except urllib.error.HTTPError as e: answer = e.read()
print(json.dumps(json.loads(answer), indent=2, ensure_ascii=False))
PY
  echo
}

ask '{ faction(name: "Army of Conquest") { name kind aliases members { member { name } evidence { quote article { title publishedAt } } } } }'
ask '{ faction(name: "Brigade of Nobody") { id } }'
article="$(python3 -c 'import json,sys; m=json.load(open(sys.argv[2])); m["text"]=open(sys.argv[1]).read(); print(json.dumps(m))' \
  "$here/2017-01-28-hts-formed.txt" "$here/2017-01-28-hts-formed.json")"
ask 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { job { id state } article { id title publishedAt } addedFactions addedRelations addedEvidence } }' \
  "{\"input\": $article}"
ask '{ faction(name: "jaish al-fatah") { name before: members(activeOn: "2015-01-01") { member { name } } after: members(activeOn: "2015-06-01") { member { name } } } }'
ask '{ faction(id: "ahrar-al-sham") { memberOf { alliance { name } since } deniedToo: memberOf(includeDenied: true) { alliance { name } assertingCount denyingCount } } }'
ask '{ faction(id: "liwa-al-haqq") { name relations(direction: OUTGOING) { type target { name } since confidence assertingCount denyingCount evidence { quote start end stance article { title publishedAt outlet } } } } }'
ask '{ neighborhood(id: "liwa-al-haqq", depth: 2, limit: 8) { nodes { id name kind degree } edges { id type source target since } truncated } }'
ask '{ path(from: "jund-al-aqsa", to: "jaysh-al-sunna") { hops nodes { id name } edges { type source target since } } }'
ask '{ factions(search: "sham", first: 3) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } stats { factions relations articles evidence queued done failed } }'
ask '{ faction(id: "jaysh-al-fath") { members { member { memberOf { alliance { members { member { memberOf { alliance { members { member { memberOf { alliance { members { member { name } } } } } } } } } } } } } } } }'
