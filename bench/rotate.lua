-- wrk script for Cairn's benchmark: each request takes the next line of a targets file
-- ("<path> [<cookie>]"), so requests rotate over paths and signed-in learners. It counts
-- responses by status class (wrk itself counts only >= 400 as errors, not redirects) and prints
-- one machine-readable line at the end: BENCH_JSON {...}.
--
--   wrk -t2 -c64 -d15s --latency -s bench/rotate.lua http://127.0.0.1:8080 -- targets.txt [nostatus]

local targets = {}
local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_index", #threads)
end

function init(args)
  local file = args[1]
  if file == nil then
    error("usage: wrk ... -s rotate.lua <url> -- <targets file>")
  end
  for line in io.lines(file) do
    local path, cookie = line:match("^(%S+)%s*(%S*)")
    if path ~= nil then
      local headers = {}
      if cookie ~= nil and cookie ~= "" then
        headers["Cookie"] = cookie
      end
      targets[#targets + 1] = wrk.format("GET", path, headers)
    end
  end
  if #targets == 0 then
    error("no targets in " .. file)
  end
  if args[2] == "nostatus" then
    response = nil -- wrk then skips handing headers and body to Lua (a little faster; 3xx go uncounted)
  end
  -- threads start at different places in the list
  counter = ((thread_index or 1) - 1) * math.floor(#targets / 2)
  s2xx, s3xx, s4xx, s5xx, sother = 0, 0, 0, 0, 0
end

function request()
  counter = counter % #targets + 1
  return targets[counter]
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    s2xx = s2xx + 1
  elseif status < 400 and status >= 300 then
    s3xx = s3xx + 1
  elseif status < 500 and status >= 400 then
    s4xx = s4xx + 1
  elseif status < 600 and status >= 500 then
    s5xx = s5xx + 1
  else
    sother = sother + 1
  end
end

function done(summary, latency, requests)
  local c = { s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0, sother = 0 }
  for _, t in ipairs(threads) do
    for k, _ in pairs(c) do
      c[k] = c[k] + (t:get(k) or 0)
    end
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "durationMicros": %d, "bytes": %d, ' ..
    '"p50Micros": %d, "p75Micros": %d, "p90Micros": %d, "p99Micros": %d, "meanMicros": %.1f, "maxMicros": %d, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"status": {"2xx": %d, "3xx": %d, "4xx": %d, "5xx": %d, "other": %d}}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(75), latency:percentile(90), latency:percentile(99),
    latency.mean, latency.max,
    e.connect, e.read, e.write, e.status, e.timeout,
    c.s2xx, c.s3xx, c.s4xx, c.s5xx, c.sother))
end
