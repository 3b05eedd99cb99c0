-- For deploy/bench/failover.sh: per wrk thread, which instance answered (HAProxy's X-Hub-Instance) and in which
-- second of the run each answer that was not 2xx came. wrk itself counts socket errors.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  started = tonumber(args[1])
  answered = {}
  failed = {}
end

function response(status, headers, body)
  local instance = headers["X-Hub-Instance"] or headers["x-hub-instance"] or "none"
  answered[instance] = (answered[instance] or 0) + 1
  if status < 200 or status > 299 then
    local second = os.time() - started
    failed[second] = (failed[second] or 0) + 1
  end
end

function done(summary, latency, requests)
  local answeredBy, failedIn = {}, {}
  for _, thread in ipairs(threads) do
    for k, v in pairs(thread:get("answered")) do answeredBy[k] = (answeredBy[k] or 0) + v end
    for k, v in pairs(thread:get("failed")) do failedIn[k] = (failedIn[k] or 0) + v end
  end
  local line = "answered-by"
  for k, v in pairs(answeredBy) do line = line .. " " .. k .. "=" .. v end
  print(line)
  line = "failed-in-second"
  for k, v in pairs(failedIn) do line = line .. " " .. k .. "=" .. v end
  print(line)
end
