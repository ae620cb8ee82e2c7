#!/usr/bin/env bash
# FactionGraph benchmarks, one command:  bench/run.sh [--scale small|medium|large] [--only extraction|growth|neo4j-writes]
#
# Builds in Release, generates seeded synthetic data, and measures:
#   extraction  MB/s through FactionExtractor beside a raw SearchValues<string> scan of the same text; and
#               news articles (~2 KB, cut from ../shared/realtext/dev when present, else graph-seed and
#               tests/corpus) per second on 2 workers, p50/p95 per article, first-article latency apart
#   ingestion   articles/s end to end into the embedded store, and into a real Neo4j 3.1.1
#               (tests/neo4j/start.sh) with batched and with one-statement-per-row writes
#   queries     GraphQL over HTTP with wrk on loopback against the Release API: { __typename },
#               the seed question, a depth-2 neighborhood and a path
#   neo4j       the same graph written into Neo4j 3.1.1 from the same extracted articles (write side
#               alone: one article per transaction, then grouped as the worker commits a backlog); the
#               service's uncached neighborhood over Neo4j beside the reference statement
#               (../shared/bench/neighbourhood-reference.cypher) sent straight to Neo4j, same centres
#               and connections; and the service again after ten times as many articles
#   growth      neighborhood and path p50, and the server's peak memory, at growing graph sizes
# then prints a table and writes bench/results/latest.json and latest.md.
# --only extraction (or growth) measures that step alone and keeps the other figures of bench/results/latest.json;
# --only neo4j-writes builds the embedded store (the articles to write) and measures the writes into Neo4j alone
# (grouped and one article per transaction), without the HTTP measurements.
# KEEP_WORK=1 keeps the temporary work folder (stores, bodies, server logs) for inspection.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scale=small
only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) scale="${2:?--scale needs small, medium or large}"; shift 2 ;;
    --scale=*) scale="${1#--scale=}"; shift ;;
    --only) only="${2:?--only needs a step: extraction, growth or neo4j-writes}"; shift 2 ;;
    --only=*) only="${1#--only=}"; shift ;;
    *) echo "usage: bench/run.sh [--scale small|medium|large] [--only extraction|growth|neo4j-writes]" >&2; exit 2 ;;
  esac
done
case "$scale" in small|medium|large) ;; *) echo "unknown scale '$scale'" >&2; exit 2 ;; esac
# Extraction and growth run alone; the query steps need the store the ingestion step leaves.
case "$only" in ""|extraction|growth|neo4j-writes) ;; *) echo "unknown step '$only' for --only (extraction, growth, neo4j-writes)" >&2; exit 2 ;; esac

started=$(date +%s)
# Other work on the machine slows every figure; the report says how busy it was when the run began.
load_at_start="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
work="$(mktemp -d /tmp/factiongraph-bench.XXXXXX)"
figures="$work/figures"
mkdir -p "$figures"
notes=()
api_pid=""
neo4j_started=""

cleanup() {
  # --only runs end before the API helpers are defined.
  if declare -F stop_api >/dev/null; then stop_api; fi
  if [[ -n "$neo4j_started" ]]; then bash tests/neo4j/stop.sh >/dev/null 2>&1 || true; fi
  if [[ "${KEEP_WORK:-}" == 1 ]]; then echo "Work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

step() { echo; echo "=== $* ($(( $(date +%s) - started )) s)"; }

step "Tools"
if [[ "$only" != extraction && "$only" != neo4j-writes ]] && ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (apt)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >/dev/null
fi
wrk --version 2>&1 | head -n 1 || true

step "Building (Release)"
dotnet build bench/FactionGraph.Bench -c Release -nologo -v quiet
if [[ "$only" != extraction && "$only" != neo4j-writes ]]; then dotnet build src/FactionGraph.Api -c Release -nologo -v quiet; fi
bench() { dotnet bench/FactionGraph.Bench/bin/Release/net10.0/FactionGraph.Bench.dll "$@"; }
api_dll="$root/src/FactionGraph.Api/bin/Release/net10.0/FactionGraph.Api.dll"
eval "$(bench scale "$scale")" # ARTICLES, WRK_SECONDS, GROWTH
common=(--scale "$scale" --work "$work" --seed-path "$root/graph-seed")

# The writes into Neo4j alone: the embedded store's articles, as extracted, written grouped and one by one.
if [[ "$only" == neo4j-writes ]]; then
  step "Ingestion into the embedded store (extracts the articles the Neo4j step writes)"
  bench ingest-sqlite "${common[@]}"
  step "Neo4j: the same articles written grouped, then one per transaction (write side alone)"
  [[ -f .tools/neo4j.env ]] || neo4j_started=1
  bash tests/neo4j/start.sh
  # shellcheck disable=SC1091
  source .tools/neo4j.env
  bench neo4j-load "${common[@]}"
  step "Report (Neo4j writes and embedded ingestion; the other figures carried over)"
  bench report --scale "$scale" --work "$work" --out "$root/bench/results" --carry-over "$root/bench/results/latest.json" \
    --note "Run with --only neo4j-writes: took $(( $(date +%s) - started )) s; load average (1, 5, 15 min) at the start: $load_at_start."
  echo "Wrote bench/results/latest.json and bench/results/latest.md ($(( $(date +%s) - started )) s in all)"
  exit 0
fi

# The steps up to the queries over Neo4j; --only growth skips them.
if [[ "$only" != growth ]]; then
step "Extraction: $ARTICLES synthetic articles"
bench extract "${common[@]}"

# Real reporting read in place, never copied: the shared corpus sits beside the repository when present.
realtext="$(dirname "$root")/shared/realtext/dev"
step "Extraction: ~2 KB news articles, 2 workers"
if [[ -d "$realtext" ]]; then
  bench articles "${common[@]}" --corpus "$root/tests/corpus" --realtext "$realtext"
else
  bench articles "${common[@]}" --corpus "$root/tests/corpus"
fi

if [[ "$only" == extraction ]]; then
  step "Report (extraction only; the other figures carried over)"
  bench report --scale "$scale" --work "$work" --out "$root/bench/results" --carry-over "$root/bench/results/latest.json" \
    --note "Run with --only extraction: took $(( $(date +%s) - started )) s; load average (1, 5, 15 min) at the start: $load_at_start."
  echo "Wrote bench/results/latest.json and bench/results/latest.md ($(( $(date +%s) - started )) s in all)"
  exit 0
fi

step "Ingestion into the embedded store"
bench ingest-sqlite "${common[@]}"

step "Ingestion into Neo4j (batched vs per-row writes)"
if [[ -x tests/neo4j/start.sh || -f tests/neo4j/start.sh ]]; then
  [[ -f .tools/neo4j.env ]] || neo4j_started=1 # stop it afterwards only if this run started it
  if bash tests/neo4j/start.sh; then
    # shellcheck disable=SC1091
    source .tools/neo4j.env
    bench ingest-neo4j "${common[@]}" || notes+=("Neo4j ingestion failed; see the output above.")
  else
    notes+=("Neo4j did not start (tests/neo4j/start.sh failed); Neo4j ingestion not measured.")
  fi
  # Free its memory and CPU before the HTTP measurements.
  if [[ -n "$neo4j_started" ]]; then bash tests/neo4j/stop.sh >/dev/null 2>&1 || true; neo4j_started=""; fi
else
  echo "tests/neo4j/start.sh not found: skipped"
  notes+=("Neo4j test server scripts (tests/neo4j/start.sh) not present in this checkout; Neo4j ingestion not measured.")
fi

fi # not --only growth

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# Starts the Release API on a store folder, on a free loopback port; the store is already built, so
# no seed loading and no ingestion worker (nothing to ingest) — the server only answers queries.
start_api() {
  local store="$1" log="$2"
  port="$(free_port)"
  # RESULT_CACHE=0 turns the API's reuse of repeated query answers off, to measure the work itself.
  Storage__Path="$store" Storage__Provider="${PROVIDER:-Embedded}" Ingestion__LoadSeed=false Ingestion__RunWorker=false \
    GraphQL__ResultCacheEntries="${RESULT_CACHE:-1000}" dotnet "$api_dll" --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/health"; then return 0; fi
    kill -0 "$api_pid" 2>/dev/null || { echo "API exited; log:" >&2; tail -n 30 "$log" >&2; return 1; }
    sleep 0.5
  done
  echo "API did not become healthy; log:" >&2; tail -n 30 "$log" >&2; return 1
}

stop_api() {
  if [[ -n "$api_pid" ]]; then kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; api_pid=""; fi
}

# The first body must be answered with data and no errors, or the timings would be of error responses.
check_body() {
  local bodies="$1" response
  response="$(head -n 1 "$bodies" | curl -fs "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' --data-binary @-)"
  if [[ "$response" != *'"data"'* || "$response" == *'"errors"'* || "$response" == *'"data":{"faction":null'* ]]; then
    echo "Unexpected answer to $(head -n 1 "$bodies"): ${response:0:400}" >&2
    return 1
  fi
}

# wrk_run KEY LABEL BODIES CONNECTIONS SECONDS: a warm-up of a third of the time, then the measured run.
# URL_PATH and AUTHORIZATION aim it at another endpoint (Neo4j's) on $port; its first answer is not checked then.
wrk_run() {
  local key="$1" label="$2" bodies="$3" connections="$4" seconds="$5" threads=2
  [[ "$connections" -lt 2 ]] && threads=1
  [[ -n "${URL_PATH:-}" ]] || check_body "$bodies"
  BODIES="$bodies" KEY="$key" LABEL="$label" OUT=/dev/null \
    wrk -t"$threads" -c"$connections" -d"$(( (seconds + 2) / 3 ))s" -s bench/wrk/graphql.lua "http://127.0.0.1:$port" >/dev/null
  BODIES="$bodies" KEY="$key" LABEL="$label" OUT="$figures/40-$key.json" \
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s bench/wrk/graphql.lua "http://127.0.0.1:$port" | tail -n 1
}

peak_mib() { awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$api_pid/status"; }

if [[ "$only" != growth ]]; then

step "Queries over HTTP: wrk, 2 threads, 16 connections, ${WRK_SECONDS} s each"
start_api "$work/store" "$work/api-queries.log"
queries="$work/queries"
wrk_run query.ceiling "{ __typename } (ceiling)" "$queries/ceiling.bodies" 16 "$WRK_SECONDS"
wrk_run query.seed "Seed question" "$queries/seed.bodies" 16 "$WRK_SECONDS"
wrk_run query.neighborhood "neighborhood(depth: 2)" "$queries/neighborhood.bodies" 16 "$WRK_SECONDS"
if [[ -s "$queries/path.bodies" ]]; then
  wrk_run query.path "path(maxHops: 4)" "$queries/path.bodies" 16 "$WRK_SECONDS"
else
  notes+=("No synthetic faction pairs were connected within 4 hops in the ingested store; path not measured.")
fi
stop_api
# The same questions with the result cache off: what computing each answer costs (the headline figures).
RESULT_CACHE=0 start_api "$work/store" "$work/api-queries-uncached.log"
wrk_run query.ceiling-uncached "{ __typename } (ceiling), result cache off" "$queries/ceiling.bodies" 16 "$WRK_SECONDS"
wrk_run query.neighborhood-uncached "neighborhood(depth: 2), result cache off" "$queries/neighborhood.bodies" 16 "$WRK_SECONDS"
[[ -s "$queries/path.bodies" ]] && wrk_run query.path-uncached "path(maxHops: 4), result cache off" "$queries/path.bodies" 16 "$WRK_SECONDS"
stop_api

step "Neo4j: the same graph from the same extracted articles; service vs reference statement, wrk 8 connections"
if [[ -f tests/neo4j/start.sh ]]; then
  [[ -f .tools/neo4j.env ]] || neo4j_started=1
  if bash tests/neo4j/start.sh; then
    # shellcheck disable=SC1091
    source .tools/neo4j.env
    export NEIGHBOURHOOD_REFERENCE="$(dirname "$root")/shared/bench/neighbourhood-reference.cypher"
    bench neo4j-load "${common[@]}"
    neo4j_port="${Neo4j__Uri##*:}"; neo4j_port="${neo4j_port%%/*}"
    auth="Basic $(printf '%s:%s' "${Neo4j__Username:-neo4j}" "$Neo4j__Password" | base64 -w0)"
    reference() { # KEY LABEL OUT: the reference statement straight to Neo4j's transactional endpoint
      URL_PATH="$(cat "$work/neo4j/reference.path")" AUTHORIZATION="$auth" port="$neo4j_port" \
        wrk_run "$1" "$2" "$work/neo4j/reference.bodies" 8 "$WRK_SECONDS"
    }
    neo4j_queries() { # SUFFIX LABEL: the service over Neo4j, result cache off
      PROVIDER=Neo4j RESULT_CACHE=0 start_api "$work/store-neo4j" "$work/api-neo4j$1.log"
      wrk_run "query.neo4j.neighborhood$1" "over Neo4j: neighborhood(depth: 2), result cache off$2" "$queries/neighborhood.bodies" 8 "$WRK_SECONDS"
      stop_api
    }
    # Neo4j's JIT warms to each statement: both are run once untimed, so neither is measured on a colder JVM.
    if [[ -s "$work/neo4j/reference.bodies" ]]; then
      reference query.neo4j.reference-warmup "reference statement (untimed warm-up)" >/dev/null
      PROVIDER=Neo4j RESULT_CACHE=0 start_api "$work/store-neo4j" "$work/api-neo4j-warmup.log"
      wrk_run query.neo4j.neighborhood-warmup "over Neo4j (untimed warm-up)" "$queries/neighborhood.bodies" 8 "$WRK_SECONDS" >/dev/null
      stop_api
      rm -f "$figures"/40-query.neo4j.*-warmup.json
      neo4j_queries "" ""
      reference query.neo4j.reference "reference statement sent straight to Neo4j"
    else
      neo4j_queries "" ""
      notes+=("The reference statement (../shared/bench/neighbourhood-reference.cypher) was not found; query.neo4j.reference not measured.")
    fi
    bench neo4j-grow "${common[@]}"
    neo4j_queries "-grown" ", after 10× the articles"
  else
    notes+=("Neo4j did not start (tests/neo4j/start.sh failed); queries over Neo4j not measured.")
  fi
  if [[ -n "$neo4j_started" ]]; then bash tests/neo4j/stop.sh >/dev/null 2>&1 || true; neo4j_started=""; fi
fi

fi # not --only growth

step "Growth: latency at $(echo "$GROWTH" | wc -w) graph sizes (wrk, 1 connection: latency without queueing)"
for relations in $GROWTH; do
  bench growth-graph --relations "$relations" --work "$work"
  label="$(ls -t "$work/growth" | head -n 1)"
  dir="$work/growth/$label"
  # Growth is measured with the result cache off: it is the store and traversal that must scale.
  RESULT_CACHE=0 start_api "$dir/store" "$work/api-growth-$label.log"
  wrk_run "growth.$label.neighborhood" "$label relations: neighborhood(depth: 2)" "$dir/neighborhood.bodies" 1 "$(( (WRK_SECONDS + 1) / 2 + 2 ))"
  wrk_run "growth.$label.path" "$label relations: path(maxHops: 4)" "$dir/path.bodies" 1 "$(( (WRK_SECONDS + 1) / 2 + 2 ))"
  printf '[{"key":"growth.%s.peak_mib","label":"%s relations: server peak memory (VmHWM)","value":%s,"unit":"MiB"}]\n' \
    "$label" "$label" "$(peak_mib)" >"$figures/60-growth-$relations-memory.json"
  echo "  server peak memory (VmHWM): $(peak_mib) MiB"
  stop_api
  rm -rf "$dir/store" # a million relations take ~1 GB of disk; only the figures are kept
done
if [[ " $GROWTH " != *" 1000000 "* ]]; then
  notes+=("Scale $scale measures growth at $(echo "$GROWTH" | sed 's/ /, /g') relations only, to finish within 5 minutes on 2 cores; run --scale medium or large for 1M.")
fi

step "Report"
if [[ "$only" == growth ]]; then
  bench report --scale "$scale" --work "$work" --out "$root/bench/results" --carry-over "$root/bench/results/latest.json" \
    --note "Run with --only growth at scale $scale: took $(( $(date +%s) - started )) s; load average (1, 5, 15 min) at the start: $load_at_start."
  echo "Wrote bench/results/latest.json and bench/results/latest.md ($(( $(date +%s) - started )) s in all)"
  exit 0
fi
note_args=()
for n in "${notes[@]+"${notes[@]}"}"; do note_args+=(--note "$n"); done
note_args+=(--note "Whole run took $(( $(date +%s) - started )) s; load average (1, 5, 15 min) at the start: $load_at_start.")
bench report --scale "$scale" --work "$work" --out "$root/bench/results" "${note_args[@]}"
echo "Wrote bench/results/latest.json and bench/results/latest.md ($(( $(date +%s) - started )) s in all)"
