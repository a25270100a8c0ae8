#!/usr/bin/env bash
# Load test with the production JVM settings: cold (the first seconds after readiness turns UP, when Fly.io starts
# routing to a Machine), warm, and hostile traffic, at 64 connections on loopback.
#
#   bench/load.sh [seconds]        (warm phase length, default 60; needs curl and wrk: apt-get install -y wrk)
#
# The app runs as the image runs it: the extracted jar beside a copy of data/, the Dockerfile's JDK_JAVA_OPTIONS and
# MALLOC_ARENA_MAX, on Java 25 ($JAVA25_HOME) with an AOT cache trained the Dockerfile's way; without a JDK 25, on
# this machine's java without -XX:+UseCompactObjectHeaders and without a cache (the output says which).
# Phases, one after the other on the same process:
#   start    launch to the first 200 of / and to readiness UP
#   cold     COLD_SECONDS (20) of the page mix, starting the moment readiness is UP
#   warm     WARM_UP_SECONDS (30) of the mix unmeasured, then [seconds] measured
#   hostile  HOSTILE_SECONDS (20) of distinct URLs (?bust=N), 200 bodies over the size limit and 600 connections that
#            never finish their request; then the app must still answer /providers
# For each: requests, req/s, latency p50/p99/max, timeouts (wrk's 2 s), non-2xx/3xx answers, full GCs (from the
# JVM's GC log) and RSS at the end. The mix holds one expected 404 (/providers/no-such-provider) in 15 requests.
set -euo pipefail
cd "$(dirname "$0")/.."

WARM_SECONDS="${1:-60}"
COLD_SECONDS="${COLD_SECONDS:-20}"
WARM_UP_SECONDS="${WARM_UP_SECONDS:-30}"
HOSTILE_SECONDS="${HOSTILE_SECONDS:-20}"
PORT="${APP_PORT:-18183}"
# shellcheck source=bench/common.sh
. bench/common.sh
need curl wrk
JAR=$(ls target/paas-atlas-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ] || [ -n "$(find src/main data pom.xml -newer "$JAR" -print -quit)" ]; then
	./mvnw -q -B -Dmaven.test.skip=true package
	JAR=$(ls target/paas-atlas-*.jar | head -1)
fi

WORK=$(mktemp -d)
APP_PID=""
LOAD_PIDS=()
cleanup() {
	for pid in "${LOAD_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
	rm -rf "$WORK"
}
trap cleanup EXIT

read -r -a flags <<< "$FLAGS"
if [ -x "$JAVA25/bin/java" ]; then
	JAVA="$JAVA25/bin/java"
	SETTING="Java 25, the Dockerfile's flags, AOT cache"
else
	JAVA=java
	SETTING="$(java -version 2>&1 | head -1), the Dockerfile's flags without compact object headers, no AOT cache"
	lean=()
	for flag in "${flags[@]}"; do [[ "$flag" == -XX:+UseCompactObjectHeaders ]] || lean+=("$flag"); done
	flags=("${lean[@]}")
fi
APP="$WORK/app"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --application-filename app.jar --destination "$APP" > /dev/null
cp -r data "$APP/data"
cd "$APP"
if [ -x "$JAVA25/bin/java" ]; then
	# trained as the Dockerfile trains it: without the metaspace cap, stopping once the context is refreshed
	training=()
	for flag in "${flags[@]}"; do [[ "$flag" == -XX:MaxMetaspaceSize=* ]] || training+=("$flag"); done
	env -u JDK_JAVA_OPTIONS "$JAVA" "${training[@]}" -XX:AOTCacheOutput=app.aot -Xlog:aot=error,cds=error \
		-Dspring.context.exit=onRefresh -jar app.jar > training.log 2>&1 || { tail -20 training.log >&2; exit 1; }
	flags+=(-XX:AOTCache=app.aot)
fi

start=$(date +%s%N)
env -u JDK_JAVA_OPTIONS MALLOC_ARENA_MAX="${ARENAS:-2}" PORT="$PORT" "$JAVA" "${flags[@]}" \
	-Xlog:gc:file="$WORK/gc.log" -jar app.jar > "$WORK/app.log" 2>&1 &
APP_PID=$!
cd - > /dev/null
U="http://127.0.0.1:$PORT"
first_200=""
for _ in $(seq 1 6000); do
	if [ -z "$first_200" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$U/")" = 200 ]; then
		first_200=$(( ($(date +%s%N) - start) / 1000000 ))
	fi
	if [ "$(curl -s -o /dev/null -w '%{http_code}' "$U/actuator/health/readiness")" = 200 ]; then
		break
	fi
	kill -0 "$APP_PID" 2>/dev/null || { echo "the app died:" >&2; tail -30 "$WORK/app.log" >&2; exit 1; }
	sleep 0.05
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))

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
  return wrk.format("GET", path, { ["Accept"] = "text/html", ["Accept-Encoding"] = "gzip" })
end
LUA
bust_lua "$WORK/bust.lua" /api/providers/fly-io
cat > "$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("%d %.0f %.1f %.1f %.1f %d %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.timeout, summary.errors.status))
end
LUA
cat "$WORK/report.lua" >> "$WORK/mix.lua"
cat "$WORK/report.lua" >> "$WORK/bust.lua"

full_gcs() { grep -c 'Pause Full' "$WORK/gc.log" || true; }
rss() { awk '/^VmRSS:/ { print int($2 / 1024) " MB" }' "/proc/$APP_PID/status" 2>/dev/null || echo "(the app died)"; }
ROWS=()
# phase NAME SECONDS SCRIPT: one wrk run at 64 connections, one row of the table
phase() {
	local before out
	before=$(full_gcs)
	out=$(wrk -t2 -c64 -d"$2s" -s "$3" "$U" 2>/dev/null | tail -1) || true
	read -r requests rps p50 p99 max timeouts non2xx <<< "$out"
	ROWS+=("| $1 | $2 s | $requests | $rps | $p50 ms | $p99 ms | $max ms | $timeouts | $non2xx | $(( $(full_gcs) - before )) | $(rss) |")
}

phase cold "$COLD_SECONDS" "$WORK/mix.lua"
wrk -t2 -c64 -d"${WARM_UP_SECONDS}s" -s "$WORK/mix.lua" "$U" > /dev/null
phase warm "$WARM_SECONDS" "$WORK/mix.lua"
phase "hostile: distinct URLs" "$HOSTILE_SECONDS" "$WORK/bust.lua"

# bodies over the limit and connections that never finish their request line
head -c 200000 /dev/zero | tr '\0' ' ' > "$WORK/big.json"
too_large=0
for _ in $(seq 1 200); do
	code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
		--data-binary @"$WORK/big.json" "$U/api/estimate" || true)
	[ "$code" = 413 ] && too_large=$((too_large + 1))
done
slow_before=$(full_gcs)
# one shell holds them all; once Tomcat's queue is full a connect hangs, and the timeout ends the attempt
timeout 15 bash -c 'ulimit -n 2048 2>/dev/null; for _ in $(seq 1 600); do
	exec {fd}<>"/dev/tcp/127.0.0.1/$1" && printf "GET / HTTP/1.1\r\nHost: x\r\n" >&$fd || break; done; sleep 10' \
	_ "$PORT" 2>/dev/null &
LOAD_PIDS+=($!)
sleep 8
alive_during=$(kill -0 "$APP_PID" 2>/dev/null && echo yes || echo no)
wait "${LOAD_PIDS[@]}" 2>/dev/null || true
LOAD_PIDS=()
after=$(curl -s -m 30 -o /dev/null -w '%{http_code}' "$U/providers" || true)
peak=$(awk '/^VmHWM:/ { print int($2 / 1024) " MB" }' "/proc/$APP_PID/status" 2>/dev/null || echo "unknown (the app died)")

echo
echo "Setting: $SETTING"
echo "Flags: ${flags[*]}"
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(date -u +%Y-%m-%d)"
echo "Start: first 200 of / after ${first_200:-?} ms, readiness UP after $ready ms; $(grep -o 'Warm-up: .*' "$WORK/app.log" || echo 'no warm-up line')"
echo
echo "| Phase | Length | Requests | req/s | p50 | p99 | max | Timeouts | Non-2xx/3xx | Full GCs | RSS after |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "Bodies of 200 kB: $too_large of 200 answered 413. 600 unfinished requests: app alive ${alive_during}, $(( $(full_gcs) - slow_before )) full GCs."
echo "Afterwards: /providers answered $after; peak RSS $peak; $(full_gcs) full GCs in all."
grep -m1 -o 'Terminating due to.*' "$WORK/app.log" || true
[ "$after" = 200 ] || { echo "FAILED: the app no longer serves" >&2; exit 1; }
