#!/usr/bin/env bash
# Start-up and memory benchmark, run by hand: for each JVM setting, the cold start to the first HTTP 200 of the home
# page (median of N starts, launch to response, measured with curl from the outside) and the RSS after a load run.
# bench/all.sh measures the image itself (Spring AOT, the traffic-trained cache) and writes bench/footprint.properties.
#
#   bench/startup.sh [runs]      (default 5; needs curl and wrk: apt-get install -y wrk)
#
# Columns: first 200 (wall clock; a busy shared machine stretches it), the JVM's CPU time by then (what the start
# costs, hardly affected by other work), RSS after the load run and its peak, throughput of the load run.
#
# Settings, each run from the extracted jar (java -Djarmode=tools extract) beside a copy of data/, as in the image:
#   j17-default   Java 17, no flags at all (on this 24 GB machine the JVM sizes itself for 24 GB)
#   j17-lean      Java 17 with the Dockerfile's JDK_JAVA_OPTIONS (less -XX:+UseCompactObjectHeaders, Java 24+)
#   j17-lean-cds  the same + a CDS archive (-XX:ArchiveClassesAtExit training start, then -XX:SharedArchiveFile)
#   j25-lean-aot  Java 25 ($JAVA25_HOME) with the Dockerfile's flags (compact object headers included) + the AOT
#                 cache (-XX:AOTCacheOutput training start, then -XX:AOTCache), without Spring AOT
# Archives are trained with one start that stops once the context is refreshed (-Dspring.context.exit=onRefresh).
#
# Load run: LOAD_SECONDS (default 30) of wrk -t2 -c16 over a mix of pages after a 10 s warm-up; RSS is VmRSS
# after the run, the peak is VmHWM. The image's MALLOC_ARENA_MAX applies to every setting but the defaults.
# On a shared machine other work stretches the wall-clock column; the load average is printed with the results, and
# the CPU-time column compares the settings fairly.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${1:-5}"
LOAD_SECONDS="${LOAD_SECONDS:-30}"
PORT="${BENCH_PORT:-18190}"
JAVA17="${JAVA17_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
SETTINGS="${SETTINGS:-j17-default j17-lean j17-lean-cds j25-lean-aot}"

# shellcheck source=bench/common.sh
. bench/common.sh
need curl wrk
EXTRA_ENV=()

build_jar

WORK=$(mktemp -d)
APP_PID=""
trap 'stop_app; rm -rf "$WORK"' EXIT

# The same mix of pages as bench/load.sh, as a wrk script.
cat > "$WORK/mix.lua" <<'LUA'
local paths = { "/", "/providers", "/providers?sort=price", "/providers/fly-io", "/providers/heroku",
  "/providers/render", "/compare?providers=fly-io,heroku,render", "/estimate?preset=minimal-flask", "/regions",
  "/actuator/health" }
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1], { ["Accept"] = "text/html" })
end
LUA

# launch JAVA_HOME DIR FLAGS...: starts the app in DIR (as WORKDIR /app in the image) and sets APP_PID
launch() {
	local java_home=$1 dir=$2
	shift 2
	pushd "$dir" > /dev/null
	env -u JDK_JAVA_OPTIONS "${EXTRA_ENV[@]}" PORT="$PORT" "$java_home/bin/java" "$@" -jar app.jar \
		> "$dir/app.log" 2>&1 &
	APP_PID=$!
	popd > /dev/null
	# some shells keep a wrapper process: measure the java process itself
	local exe
	exe=$(readlink "/proc/$APP_PID/exe" 2>/dev/null || true)
	if [[ "$exe" != */java ]]; then
		sleep 0.05
		APP_PID=$(pgrep -n -P "$APP_PID" java || echo "$APP_PID")
	fi
}



declare -A JAVA_OF
read -r -a LEAN <<< "$FLAGS"
# Java 17 does not know compact object headers (Java 24+): its rows run the same flags without them
LEAN17=()
for flag in "${LEAN[@]}"; do [[ "$flag" == -XX:+UseCompactObjectHeaders ]] || LEAN17+=("$flag"); done
LEAN25=("${LEAN17[@]}" -XX:+UseCompactObjectHeaders)
results="$WORK/results.md"
{
	echo "| JVM setting | first 200 of / (median of $RUNS, min-max) | JVM CPU time by then (median) | RSS after ${LOAD_SECONDS} s load | peak RSS | requests/s under load |"
	echo "|---|---|---|---|---|---|"
} > "$results"

# 1. prepare every setting: extract, train its archive, fix its flags
declare -A HOME_OF FLAGS_OF ENV_OF TIMES_OF CPUS_OF
ACTIVE=()
for setting in $SETTINGS; do
	case "$setting" in
		j17-*) java_home=$JAVA17 ;;
		j25-*) java_home=$JAVA25 ;;
		*) echo "unknown setting $setting" >&2; exit 2 ;;
	esac
	if [ ! -x "$java_home/bin/java" ]; then
		echo "skipping $setting: no java at $java_home" >&2
		continue
	fi
	dir="$WORK/$setting"
	extract_app "$java_home" "$dir"
	flags=()
	EXTRA_ENV=()
	if [[ "$setting" != *-default && -n "$ARENAS" ]]; then EXTRA_ENV=(MALLOC_ARENA_MAX="$ARENAS"); fi
	case "$setting" in
		*-default) ;;
		j17-lean) flags=("${LEAN17[@]}") ;;
		j17-lean-cds)
			flags=("${LEAN17[@]}")
			(cd "$dir" && env -u JDK_JAVA_OPTIONS "${EXTRA_ENV[@]}" "$java_home/bin/java" "${flags[@]}" \
				-XX:ArchiveClassesAtExit=app.jsa -Xlog:cds=off -Dspring.context.exit=onRefresh -jar app.jar \
				> training.log 2>&1) || { tail -20 "$dir/training.log" >&2; exit 1; }
			flags+=(-XX:SharedArchiveFile=app.jsa)
			;;
		j25-lean-aot)
			# as in the Dockerfile: the metaspace cap stays out of the training run (too small to write the cache)
			training=()
			for flag in "${LEAN25[@]}"; do [[ "$flag" == -XX:MaxMetaspaceSize=* ]] || training+=("$flag"); done
			(cd "$dir" && env -u JDK_JAVA_OPTIONS "${EXTRA_ENV[@]}" "$java_home/bin/java" "${training[@]}" \
				-XX:AOTCacheOutput=app.aot -Xlog:aot=error,cds=error -Dspring.context.exit=onRefresh -jar app.jar \
				> training.log 2>&1) || { tail -20 "$dir/training.log" >&2; exit 1; }
			[ -s "$dir/app.aot" ] || { echo "no AOT cache written" >&2; exit 1; }
			flags=("${LEAN25[@]}" -XX:AOTCache=app.aot)
			;;
		*) echo "unknown setting $setting" >&2; exit 2 ;;
	esac
	echo "$setting: ${flags[*]:-(no flags)}"
	HOME_OF[$setting]=$java_home
	FLAGS_OF[$setting]="${flags[*]}"
	ENV_OF[$setting]="${EXTRA_ENV[*]}"
	JAVA_OF[$setting]=$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | awk '/java.runtime.version/ { print $3 }')
	ACTIVE+=("$setting")
done

# use SETTING: sets java_home, dir, flags and EXTRA_ENV for launch
use() {
	java_home=${HOME_OF[$1]}
	dir="$WORK/$1"
	read -r -a flags <<< "${FLAGS_OF[$1]}"
	read -r -a EXTRA_ENV <<< "${ENV_OF[$1]}"
}

# 2. cold starts, the settings taking turns, so that a busy spell on the machine hits them alike
for run in $(seq 1 "$RUNS"); do
	for setting in "${ACTIVE[@]}"; do
		use "$setting"
		start=$(date +%s%N)
		launch "$java_home" "$dir" "${flags[@]}"
		measured=$(first_200 "$APP_PID" "$start") || { tail -30 "$dir/app.log" >&2; exit 1; }
		read -r ms cpu <<< "$measured"
		if grep -qiE 'Unable to use AOT cache|\[error *\]\[(aot|cds)|shared archive file was created by a different' "$dir/app.log"; then
			echo "$setting: the archive was not used:" >&2
			grep -iE 'cds|aot' "$dir/app.log" | head -5 >&2
			exit 1
		fi
		stop_app
		TIMES_OF[$setting]+="$ms "
		CPUS_OF[$setting]+="$cpu "
		printf 'start %d, %-13s %6d ms to the first 200, %6d ms of CPU by then (load %s)\n' "$run" "$setting" \
			"$ms" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
	done
done

# the machine's load while the starts ran (the measured JVM itself counts for about 1)
load=$(cut -d' ' -f1-3 /proc/loadavg)

# 3. memory and throughput under load, one setting at a time
for setting in "${ACTIVE[@]}"; do
	use "$setting"
	launch "$java_home" "$dir" "${flags[@]}"
	first_200 "$APP_PID" "$(date +%s%N)" > /dev/null || { tail -30 "$dir/app.log" >&2; exit 1; }
	wrk -t2 -c16 -d10s -s "$WORK/mix.lua" "http://127.0.0.1:$PORT" > /dev/null
	rps=$(wrk -t2 -c16 -d"${LOAD_SECONDS}s" -s "$WORK/mix.lua" "http://127.0.0.1:$PORT" | awk '/Requests\/sec/ { printf "%d", $2 }')
	rss=$(awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$APP_PID/status")
	hwm=$(awk '/^VmHWM:/ { print int($2 / 1024) }' "/proc/$APP_PID/status")
	stop_app
	read -r -a times <<< "${TIMES_OF[$setting]}"
	read -r -a cpus <<< "${CPUS_OF[$setting]}"
	med=$(printf '%s\n' "${times[@]}" | median)
	min=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
	max=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
	cpu=$(printf '%s\n' "${cpus[@]}" | median)
	echo "$setting: RSS ${rss} MB after load (peak ${hwm} MB), ${rps} req/s"
	echo "| $setting | ${med} ms (${min}-${max}) | ${cpu} ms | ${rss} MB | ${hwm} MB | ${rps} |" >> "$results"
done

echo
echo "Machine: $(nproc) cores, load average $load after the cold starts; MALLOC_ARENA_MAX ${ARENAS:-unset} except for the defaults"
echo
cat "$results"
mkdir -p bench-results
cp "$results" "bench-results/startup-$(date +%Y%m%d-%H%M%S).md"
