-- wrk script for the GraphQL benchmarks: POSTs the JSON bodies in $BODIES (one per line) to
-- /graphql (or $URL_PATH, with $AUTHORIZATION as the Authorization header: Neo4j's endpoint) in turn, so latencies cover many different questions rather than one cached answer,
-- and on exit writes requests/s and latency percentiles as bench figures to $OUT under key $KEY.
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"
local path = os.getenv("URL_PATH") or "/graphql"
if os.getenv("AUTHORIZATION") then wrk.headers["Authorization"] = os.getenv("AUTHORIZATION") end

local next_body = 0
function setup(thread)
  -- Threads start at different bodies so they do not ask the same question in lockstep.
  next_body = next_body + 7
  thread:set("first", next_body)
end

local i = nil
function request()
  i = ((i or first or 0) % #bodies) + 1
  return wrk.format(nil, path, nil, bodies[i])
end

local function figure(key, label, value, unit)
  return string.format('{"key":"%s","label":"%s","value":%.4f,"unit":"%s"}', key, label, value, unit)
end

function done(summary, latency, requests)
  local key, label = os.getenv("KEY"), os.getenv("LABEL")
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local out = assert(io.open(os.getenv("OUT"), "w"))
  out:write("[\n", table.concat({
    figure(key .. ".rps", label .. ": requests/s", summary.requests / seconds, "requests/s"),
    figure(key .. ".p50_ms", label .. ": p50 latency", latency:percentile(50) / 1000, "ms"),
    figure(key .. ".p99_ms", label .. ": p99 latency", latency:percentile(99) / 1000, "ms"),
    figure(key .. ".errors", label .. ": failed requests", errors, "requests"),
  }, ",\n"), "\n]\n")
  out:close()
  io.write(string.format("  %-58s %10.0f requests/s  p50 %.2f ms  p99 %.2f ms  errors %d\n",
    label, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
