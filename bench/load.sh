#!/usr/bin/env bash
# Load test: 60 s of mixed pages at 64 connections on loopback; expects zero errors and stable memory.
#
#   bench/load.sh [seconds]       (default 60; needs wrk: apt-get install -y wrk)
#
# Prints the request count, errors, non-2xx responses, latency percentiles and the app's RSS before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-60}"
PORT="${APP_PORT:-18183}"
JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -Xss512k -Xms32m -Xmx96m -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=128m}"
command -v wrk >/dev/null || { echo "missing: wrk (apt-get install -y wrk)" >&2; exit 2; }
JAR=$(ls target/paas-atlas-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B package -DskipTests; JAR=$(ls target/paas-atlas-*.jar | grep -v original | head -1); fi

WORK=$(mktemp -d)
APP_PID=""
trap '[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && break; sleep 0.5; done

# A mix of pages, including query strings that miss the page cache (varying numbers), so rendering is measured too.
cat > "$WORK/mix.lua" <<'LUA'
local paths = {
  "/", "/providers", "/providers?sort=price", "/providers?freeTier=none", "/providers/fly-io", "/providers/heroku",
  "/providers/render", "/providers/railway", "/providers/pythonanywhere", "/compare?providers=fly-io,heroku,render",
  "/compare?providers=railway,render", "/estimate?preset=minimal-flask", "/estimate?preset=global-flask",
  "/regions", "/providers/no-such-provider"
}
local n = 0
request = function()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  if n % 10 == 0 then path = "/estimate?preset=minimal-flask&instances=" .. ((n / 10) % 20 + 1) end
  return wrk.format("GET", path, { ["Accept"] = "text/html" })
end
done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
    summary.errors.timeout))
  io.write(string.format("p50=%.2fms p99=%.2fms max=%.2fms\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
wrk -t2 -c64 -d10s -s "$WORK/mix.lua" "http://127.0.0.1:$PORT" > /dev/null   # warm-up
RSS_BEFORE=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
wrk -t2 -c64 -d"${DURATION}s" -s "$WORK/mix.lua" "http://127.0.0.1:$PORT" | tee "$WORK/out.txt"
RSS_AFTER=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
echo "RSS before: $((RSS_BEFORE / 1024)) MB, after: $((RSS_AFTER / 1024)) MB"
echo "(/providers/no-such-provider is an expected 404 and counts in errors_status.)"
