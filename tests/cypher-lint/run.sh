#!/usr/bin/env bash
# Dumps every Cypher statement of the Neo4j store (a storage test writes them) and lints them against Neo4j 5.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/.tools/cypher-statements.json"
mkdir -p "$root/.tools"
(cd "$here" && npm install --no-audit --no-fund --silent)
CYPHER_DUMP="$out" dotnet test "$root/tests/FactionGraph.Storage.Tests" -c Release --filter "FullyQualifiedName~CypherStatementsTests.Dump" --nologo -v q >/dev/null
node "$here/lint.mjs" "$out"
