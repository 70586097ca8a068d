-- wrk script for `manage.py loadtest`: requests rotate over the hot pages given as arguments, and
-- each thread stops after its share of the request budget, so a run is bounded in count as well
-- as in time. `done` prints one machine-readable line that the command reads back.
local paths, per_thread, sent = {}, 0, 0

function init(args)
  per_thread = tonumber(args[1])
  for i = 2, #args do paths[#paths + 1] = args[i] end
end

function request()
  sent = sent + 1
  return wrk.format("GET", paths[(sent - 1) % #paths + 1])
end

function response(status, headers, body)
  if per_thread > 0 and sent >= per_thread then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "LOADTEST requests=%d seconds=%.3f status_errors=%d socket_errors=%d p50_ms=%.1f p99_ms=%.1f\n",
    summary.requests, summary.duration / 1e6, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
