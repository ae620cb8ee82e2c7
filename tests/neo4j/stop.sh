#!/usr/bin/env bash
# Stops the Neo4j started by start.sh and forgets its settings. Safe when nothing runs.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
home="$root/.tools/neo4j/server"
if [[ -x "$home/bin/neo4j" ]]; then
  NEO4J_HOME="$home" "$home/bin/neo4j" stop || true
fi
rm -f "$root/.tools/neo4j.env"
echo "Neo4j stopped."
