-- Ends every wrk run of docs/bench/pages.sh with one line it can parse: requests, duration, p50 and p99 latency
-- (microseconds) and errors (responses of 400 and above; socket connect, read, write errors and timeouts).
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "wrk-result requests=%d duration_us=%d p50_us=%d p99_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout))
end
