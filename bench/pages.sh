#!/usr/bin/env bash
# Benchmark: the packaged app against nginx serving the same pages as static files, on loopback.
#
#   bench/pages.sh [seconds-per-page]        (default 20; needs wrk and nginx: apt-get install -y wrk nginx)
#
# Starts the jar (building it if missing) with the Dockerfile's JVM settings when JAVA_OPTS is unset, warms it up,
# then for each page runs wrk at 32 connections for a fixed time against the app and against nginx, and prints a
# Markdown table: req/s, p50, p99, app/nginx ratio, non-2xx count, and the app's RSS after the run.
# Targets (2-core machine): ratio >= 0.5 on every page, p99 <= 10 ms, zero non-2xx, RSS <= 200 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
APP_PORT="${APP_PORT:-18181}"
NGINX_PORT="${NGINX_PORT:-18182}"
CONNECTIONS=32
PAGES=("/providers" "/providers/fly-io" "/compare?providers=fly-io,heroku,render" "/estimate?preset=global-flask")
JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -Xss512k -Xms32m -Xmx96m -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=128m}"

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y wrk nginx curl)" >&2; exit 2; }
done
JAR=$(ls target/paas-atlas-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B package -DskipTests; JAR=$(ls target/paas-atlas-*.jar | grep -v original | head -1); fi

WORK=$(mktemp -d)
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health" && break; sleep 0.5; done
curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health" || { echo "app did not start"; tail -50 "$WORK/app.log"; exit 1; }

# The same pages as static files, one per URL, served by nginx with an exact-match location each.
mkdir -p "$WORK/www"
LOCATIONS=""
i=0
for page in "${PAGES[@]}"; do
  i=$((i + 1))
  curl -fs "http://127.0.0.1:$APP_PORT$page" -o "$WORK/www/page$i.html"
  path="${page%%\?*}"
  LOCATIONS="$LOCATIONS    location = $path { default_type text/html; try_files /page$i.html =404; }"$'\n'
done
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
$LOCATIONS  }
}
CONF
nginx -c "$WORK/nginx.conf"
sleep 0.5

# Warm-up: let the JIT compile the hot paths before measuring.
for page in "${PAGES[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d"$(( DURATION / 2 + 5 ))s" "http://127.0.0.1:$APP_PORT$page" > /dev/null
done

measure() { # url -> "reqs p50 p99 non2xx"
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1")
  local reqs p50 p99 non2xx
  reqs=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses/ {print $5}' <<<"$out")
  echo "$reqs $p50 $p99 ${non2xx:-0}"
}

echo
echo "| Page | App req/s | App p50 | App p99 | nginx req/s | nginx p50 | nginx p99 | App/nginx | App non-2xx |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for page in "${PAGES[@]}"; do
  read -r a_reqs a_p50 a_p99 a_non <<<"$(measure "http://127.0.0.1:$APP_PORT$page")"
  read -r n_reqs n_p50 n_p99 _ <<<"$(measure "http://127.0.0.1:$NGINX_PORT${page%%\?*}")"
  ratio=$(awk -v a="$a_reqs" -v n="$n_reqs" 'BEGIN { printf "%.2f", a / n }')
  echo "| \`$page\` | $a_reqs | $a_p50 | $a_p99 | $n_reqs | $n_p50 | $n_p99 | $ratio | $a_non |"
done
RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
echo
echo "App RSS after the run: $((RSS_KB / 1024)) MB (JAVA_OPTS: $JAVA_OPTS); ${DURATION}s per page at $CONNECTIONS connections, wrk -t2, 127.0.0.1."
