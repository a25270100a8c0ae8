#!/usr/bin/env bash
# Scale: how start-up load time and catalog page latency grow with the number of provider profiles.
#
#   bench/scale.sh [N ...]        (default 50 200 1000)
#
# For each N, writes N synthetic profiles (copies of the bundled ones with new slugs and names) into a temporary
# folder, starts the app on it, and reports the time to read + validate and to seed (from the app's log), the
# time to the first HTTP 200, and the latency of catalog pages (median of 20 requests each, page cache off so
# every request renders). Target: 1,000 profiles load in at most 3 s.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-50 200 1000}")
# shellcheck disable=SC2206
SIZES=(${SIZES[*]})
PORT="${APP_PORT:-18184}"
JAR=$(ls target/paas-atlas-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B package -DskipTests; JAR=$(ls target/paas-atlas-*.jar | grep -v original | head -1); fi

median_ms() { # url -> median of 20 requests in ms
  for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' "$1"; done | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)] * 1000}'
}

echo "| Profiles | Read + validate | Seed | First 200 after launch | /providers | /providers?sort=price&page=2 | /providers?q=synthetic&freeTier=none |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for n in "${SIZES[@]}"; do
  DIR=$(mktemp -d)
  python3 bench/generate_profiles.py "$n" "$DIR" data/providers
  START=$(date +%s%N)
  java -jar "$JAR" --server.port="$PORT" --catalog.location="$DIR" --atlas.page-cache.enabled=false > "$DIR/app.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/providers" && break; sleep 0.1; done
  FIRST=$(( ($(date +%s%N) - START) / 1000000 ))
  READ=$(grep -o 'profiles from .* in [0-9]* ms' "$DIR/app.log" | grep -o '[0-9]* ms' | tail -1)
  SEED=$(grep -o 'Seeded [0-9]* providers in [0-9]* ms' "$DIR/app.log" | grep -o '[0-9]* ms' | tail -1)
  P1=$(median_ms "http://127.0.0.1:$PORT/providers")
  P2=$(median_ms "http://127.0.0.1:$PORT/providers?sort=price&page=2")
  P3=$(median_ms "http://127.0.0.1:$PORT/providers?q=synthetic&freeTier=none")
  echo "| $n | $READ | $SEED | ${FIRST} ms | ${P1} ms | ${P2} ms | ${P3} ms |"
  kill "$PID"; wait "$PID" 2>/dev/null || true
  rm -rf "$DIR"
done
