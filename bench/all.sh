#!/usr/bin/env bash
# Every target of issue 17 in one run, one table: bench/results-<UTC date and time>[-LABEL].md.
#
#   bench/all.sh [LABEL]        (needs curl, wrk, nginx, python3: apt-get install -y wrk nginx)
#
# Run it through the build lock on a shared machine: flock /tmp/paas-build.lock bench/all.sh after
# Sections (SECTIONS, default all of "start load pages flood dev scale"):
#   start  first HTTP 200 of / as the image runs (extracted jar beside data/, Java 25 at $JAVA25_HOME, the
#          Dockerfile's JDK_JAVA_OPTIONS and ENTRYPOINT flags, its AOT cache trained the Dockerfile's way,
#          MALLOC_ARENA_MAX); median of RUNS (5) cold starts, and the JVM's CPU time by then
#   load   the same process: LOAD_SECONDS (30) of wrk -t2 -c16 over bench/common.sh's page mix after 20 s of warm-up;
#          RSS after it
#   pages  every page of the site's page list (SitePages in the tests) that answers 200: req/s of the app against
#          nginx serving the very bytes saved from the app (one file per URL), wrk -t2 -c32 for PAGE_SECONDS (5)
#          each after a 1 s warm-up of each; plain, then with Accept-Encoding: gzip (nginx gzip_static on, .gz files
#          made by gzip -k); the app's p99. PAGE_FILTER (a bash regular expression) measures the matching pages only
#   flood  twice FLOOD_SECONDS (20) of distinct URLs (?bust=N) on the same process: RSS before, between and after,
#          peak RSS; bounded if the second flood grows RSS by 16 MB at most
#   dev    ./mvnw -o spring-boot:run in a clone of HEAD (warm Maven repository) to the first 200 of /: the fresh
#          clone's first run (compiles main and tests), then a restart (classes present, what a developer's restart
#          costs); then, in one run, a change (a class, a profile) to the first 200 after devtools' restart
#   scale  1,000 synthetic profiles (bench/generate_profiles.py) with the image's JVM setting but a 512 MB heap
#          (SCALE_HEAP; they do not fit in 96 MB), the app's own log lines: as the image is built and runs (a jar
#          built from a clone of HEAD with them as data/providers, so process-aot reads, validates and compiles
#          them; its AOT cache trained with them), read at start and seeded, and the build's read + validate; then
#          the image's jar given them as a folder at run time (--catalog.location: YAML read + validated at start)
# BENCH_JVM_FLAGS adds flags to every measured start, to try a variant (e.g. BENCH_JVM_FLAGS=-Xmx80m).
# The load average is printed beside each result: on a shared 2-core machine a number taken at a load above 1.5
# should be taken again.
set -euo pipefail
cd "$(dirname "$0")/.."
LABEL="${1:-}"
SECTIONS="${SECTIONS:-start load pages flood dev scale}"
RUNS="${RUNS:-5}"
LOAD_SECONDS="${LOAD_SECONDS:-30}"
PAGE_SECONDS="${PAGE_SECONDS:-5}"
FLOOD_SECONDS="${FLOOD_SECONDS:-20}"
PROFILES="${PROFILES:-1000}"
PORT="${APP_PORT:-8131}"
NGINX_PORT="${NGINX_PORT:-8132}"
DEV_PORT="${DEV_PORT:-8133}"
# shellcheck source=bench/common.sh
. bench/common.sh
need curl wrk nginx python3 git javac
has() { [[ " $SECTIONS " == *" $1 "* ]]; }

WORK=$(mktemp -d)
chmod 755 "$WORK"   # nginx workers read the pages as another user
APP_PID=""
DEV_PGID=""
cleanup() {
	stop_app
	[ -n "$DEV_PGID" ] && kill -- "-$DEV_PGID" 2>/dev/null || true
	[ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

ROWS=() PAGE_ROWS=() IMAGE_FLAGS=()
# BENCH_JVM_FLAGS: flags added to every measured start (not to the training), to try a variant of the image
read -r -a EXTRA_JVM <<< "${BENCH_JVM_FLAGS:-}"
# row TARGET CONDITION MEASURED GOAL MET
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 |"); }
met() { awk -v m="$1" -v g="$2" 'BEGIN { print (m <= g) ? "met" : sprintf("no: %+g over", m - g) }'; }
U="http://127.0.0.1:$PORT"
# settle: waits (up to SETTLE_SECONDS, 60) for the 1-minute load average to fall below 1.5, which the JVM measured
# just before keeps up for a while; prints nothing, the caller reports load_now beside its result
settle() {
	for _ in $(seq 1 "${SETTLE_SECONDS:-60}"); do
		awk -v l="$(load_now)" 'BEGIN { exit !(l < 1.5) }' && return
		sleep 1
	done
}


APP="$WORK/app"
check_cache_used() {
	if grep -qiE 'Unable to use AOT cache|\[error *\]\[(aot|cds)|shared archive file was created by a different' "$APP/app.log"; then
		grep -iE 'aot|cds' "$APP/app.log" | head -5 >&2
		echo "the AOT cache was not used" >&2
		exit 1
	fi
}

if has start || has load || has pages || has flood || has scale; then
	[ -x "$JAVA25/bin/java" ] || { echo "no Java 25 at $JAVA25 (set JAVA25_HOME)" >&2; exit 2; }
	build_jar
	image_flags
	extract_app "$JAVA25" "$APP"
	train_start=$(date +%s)
	train_cache "$JAVA25" "$APP"
	echo "trained the AOT cache in $(( $(date +%s) - train_start )) s ($(du -m "$APP/app.aot" | cut -f1) MB); flags: ${IMAGE_FLAGS[*]}"
fi

if has start; then
	times=() cpus=()
	for run in $(seq 1 "$RUNS"); do
		settle
		load=$(load_now)
		start=$(date +%s%N)
		launch_image
		out=$(first_200 "$APP_PID" "$start") || { tail -30 "$APP/app.log" >&2; exit 1; }
		read -r ms cpu <<< "$out"
		check_cache_used
		sleep 1
		stop_app
		times+=("$ms") cpus+=("$cpu")
		echo "start $run: first 200 after $ms ms, $cpu ms of CPU (load $load before)"
	done
	load_start=$load
	med=$(printf '%s\n' "${times[@]}" | median)
	cpu=$(printf '%s\n' "${cpus[@]}" | median)
	range="$(printf '%s\n' "${times[@]}" | sort -n | head -1)-$(printf '%s\n' "${times[@]}" | sort -n | tail -1)"
	read_ms=$(grep -o 'provider profiles .*from .* in [0-9]* ms' "$APP/app.log" | grep -o '[0-9]* ms$' || echo '?')
	seed_ms=$(grep -o 'Seeded [0-9]* providers in [0-9]* ms' "$APP/app.log" | grep -o '[0-9]* ms$' || echo '?')
	started=$(grep -o 'Started PaasAtlasApplication in .*' "$APP/app.log" || echo '?')
	echo "last start: catalog read in $read_ms, seeded in $seed_ms; $started"
	row "first HTTP 200 of /, as the image runs" "Java 25, image flags + AOT cache, median of $RUNS (${range} ms), load $load; CPU ${cpu} ms; catalog read $read_ms, seeding $seed_ms" \
		"$med ms" "≤ 2000 ms (1000 ms)" "$(met "$med" 2000)"
fi

if has load || has pages || has flood; then
	launch_image
	first_200 "$APP_PID" "$(date +%s%N)" > /dev/null || { tail -30 "$APP/app.log" >&2; exit 1; }
	check_cache_used
	# readiness UP: the app's own warm-up is over
	for _ in $(seq 1 600); do
		[ "$(curl -s -o /dev/null -w '%{http_code}' "$U/actuator/health/readiness")" = 200 ] && break
		sleep 0.1
	done
	mix_lua "$WORK/mix.lua"
fi

if has load; then
	settle
	load=$(load_now)
	wrk -t2 -c16 -d20s -s "$WORK/mix.lua" "$U" > /dev/null
	rps=$(wrk -t2 -c16 -d"${LOAD_SECONDS}s" -s "$WORK/mix.lua" "$U" | awk '/Requests\/sec/ { printf "%d", $2 }')
	rss=$(rss_of "$APP_PID" VmRSS)
	# anonymous memory is the JVM's own; file-backed pages (the jar, the mapped AOT cache) can be reclaimed and shared
	split="anon $(rss_of "$APP_PID" RssAnon) + file $(rss_of "$APP_PID" RssFile)"
	echo "load: $rps req/s, RSS ${rss} MB after it ($split; load $load before)"
	row "RSS after load" "${LOAD_SECONDS} s of wrk -t2 -c16 over the page mix after 20 s warm-up, $rps req/s, load $load" \
		"$rss MB ($split)" "≤ 220 MB (200 MB)" "$(met "$rss" 220)$( [ "$rss" -le 200 ] && echo ', ≤ 200 too' || true)"
fi

if has pages; then
	mkdir -p "$WORK/sp" "$WORK/www"
	javac -d "$WORK/sp" "$(grep -rl 'class SitePages' src/test/java | head -1)"
	cat > "$WORK/ListPages.java" <<'JAVA'
class ListPages {
	public static void main(String[] args) throws Exception {
		for (Object page : (java.util.List<?>) Class.forName(args[0]).getMethod("all").invoke(null)) {
			System.out.println(page);
		}
	}
}
JAVA
	class=$(grep -rl 'class SitePages' src/test/java | head -1 | sed 's|src/test/java/||; s|\.java$||; s|/|.|g')
	mapfile -t ALL < <(java -cp "$WORK/sp" "$WORK/ListPages.java" "$class")
	PAGES=() MAP=""
	for page in "${ALL[@]}"; do
		[[ "$page" =~ ${PAGE_FILTER:-.} ]] || continue
		i=${#PAGES[@]}
		code=$(curl -s -H 'Accept: text/html' -o "$WORK/www/p$i.html" -w '%{http_code}' "$U$page")
		[ "$code" = 200 ] || continue
		gzip -k "$WORK/www/p$i.html"
		PAGES+=("$page")
		MAP="$MAP    \"$page\" /p$i.html;"$'\n'
	done
	nginx_conf "$WORK/nginx.conf" "$NGINX_PORT" "$WORK/www" "  gzip_static on;
  map_hash_bucket_size 256;
  map \$request_uri \$page {
    default /none;
$MAP  }" '    location / { try_files $page =404; }'
	nginx -c "$WORK/nginx.conf"
	sleep 0.3
	N="http://127.0.0.1:$NGINX_PORT"
	enc=$(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "$N${PAGES[0]}" | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" { print $2 }')
	[ "$enc" = gzip ] || { echo "nginx does not answer ${PAGES[0]} with its .gz file:" >&2; curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$N${PAGES[0]}" >&2; ls "$WORK/www" | head >&2; cat "$WORK/nginx-error.log" >&2; exit 1; }
	for page in "${PAGES[@]}"; do
		wrk -t2 -c32 -d1s -H 'Accept: text/html' "$U$page" > /dev/null
		wrk -t2 -c32 -d1s -H 'Accept: text/html' -H 'Accept-Encoding: gzip' "$U$page" > /dev/null
	done
	measure() { # URL [HEADER]: "req/s p99_ms non2xx"
		local out args=(-H 'Accept: text/html')
		[ -z "${2:-}" ] || args+=(-H "$2")
		out=$(wrk -t2 -c32 -d"${PAGE_SECONDS}s" --latency "${args[@]}" "$1")
		awk '/Requests\/sec/ { r = $2 } $1 == "99%" { p = $2 } /Non-2xx/ { n = $5 }
			END { if (p ~ /us$/) p = (p + 0) / 1000; else if (p ~ /ms$/) p = p + 0; else if (p ~ /s$/) p = (p + 0) * 1000
				printf "%d %.2f %d\n", r, p, n }' <<< "$out"
	}
	PAGE_ROWS=()
	settle
	worst_plain=99 worst_gzip=99 p99_plain=0 p99_gzip=0 under=0 load=$(load_now)
	for page in "${PAGES[@]}"; do
		line="| \`$page\` |"
		for mode in plain gzip; do
			header=""
			[ "$mode" = gzip ] && header="Accept-Encoding: gzip"
			read -r a p99 non <<< "$(measure "$U$page" "$header")"
			read -r n _ _ <<< "$(measure "$N$page" "$header")"
			ratio=$(awk -v a="$a" -v n="$n" 'BEGIN { printf "%.2f", (n > 0) ? a / n : 0 }')
			bytes=$(curl -s -H 'Accept: text/html' -H "${header:-X-Plain: 1}" "$U$page" | wc -c)
			line="$line $bytes B | $a | $n | $ratio | $p99 ms |"
			[ "$non" = 0 ] || line="$line ($non non-2xx)"
			awk -v r="$ratio" 'BEGIN { exit !(r < 0.5) }' && under=$((under + 1))
			if [ "$mode" = plain ]; then worst_plain=$(awk -v a="$worst_plain" -v b="$ratio" 'BEGIN { print (b < a) ? b : a }')
			else worst_gzip=$(awk -v a="$worst_gzip" -v b="$ratio" 'BEGIN { print (b < a) ? b : a }'); fi
			if [ "$mode" = plain ]; then p99_plain=$(awk -v a="$p99_plain" -v b="$p99" 'BEGIN { print (b > a) ? b : a }')
			else p99_gzip=$(awk -v a="$p99_gzip" -v b="$p99" 'BEGIN { print (b > a) ? b : a }'); fi
		done
		PAGE_ROWS+=("$line")
		echo "$line"
	done
	total=$(( ${#PAGES[@]} * 2 ))
	row "every page ≥ 0.5× nginx" "${#PAGES[@]} pages × plain/gzip, wrk -t2 -c32 ${PAGE_SECONDS} s each, load $load" \
		"$((total - under)) of $total; worst $worst_plain plain, $worst_gzip gzip" "≥ 0.5 each" \
		"$( [ "$under" = 0 ] && echo met || echo "no: $under below")"
	row "p99 at 32 connections, plain" "the same runs, the app" "worst $p99_plain ms" "≤ 10 ms" "$(met "$p99_plain" 10)"
	row "p99 at 32 connections, gzip" "the same runs, the app" "worst $p99_gzip ms" "≤ 10 ms" "$(met "$p99_gzip" 10)"
fi

if has flood; then
	# two floods of new URLs: the first may still grow the heap to its maximum, the second shows whether growth stops
	before=$(rss_of "$APP_PID" VmRSS)
	load=$(load_now)
	bust_lua "$WORK/bust.lua" /providers/fly-io Accept-Encoding gzip
	sed 's/?bust=/?bust=again-/' "$WORK/bust.lua" > "$WORK/bust-again.lua"
	reqs=$(wrk -t2 -c32 -d"${FLOOD_SECONDS}s" -s "$WORK/bust.lua" "$U" | awk '/requests in/ { print $1 }')
	middle=$(rss_of "$APP_PID" VmRSS)
	reqs2=$(wrk -t2 -c32 -d"${FLOOD_SECONDS}s" -s "$WORK/bust-again.lua" "$U" | awk '/requests in/ { print $1 }')
	after=$(rss_of "$APP_PID" VmRSS)
	peak=$(rss_of "$APP_PID" VmHWM)
	alive=$(curl -s -o /dev/null -w '%{http_code}' "$U/providers")
	echo "flood: $reqs + $reqs2 distinct URLs, RSS $before -> $middle -> $after MB, peak $peak MB, /providers $alive"
	row "RSS under a flood of distinct URLs" "$reqs then $reqs2 distinct URLs in two floods of ${FLOOD_SECONDS} s, load $load; bounded: /providers still 200 and RSS grows ≤ 16 MB in the second flood" \
		"$before → $middle → $after MB (peak $peak MB), /providers $alive" "bounded" \
		"$( [ "$alive" = 200 ] && [ $((after - middle)) -le 16 ] && echo met || echo no)"
	row "peak RSS (VmHWM)" "the same process after load, pages and flood" "$peak MB" "≤ 220 MB (200 MB)" "$(met "$peak" 220)"
fi
stop_app

if has dev; then
	CLONE="$WORK/clone"
	git clone -q . "$CLONE"
	dev_start() { # dev_start: DEV_MS, from the launch of ./mvnw spring-boot:run to the first 200 of /; left running
		local start out
		start=$(date +%s%N)
		(cd "$CLONE" && exec setsid ./mvnw -q -B -o spring-boot:run \
			-Dspring-boot.run.arguments="--server.port=$DEV_PORT" > "$WORK/dev.log" 2>&1) &
		DEV_PGID=$!
		out=$(first_200 "$DEV_PGID" "$start" "$DEV_PORT") || { tail -30 "$WORK/dev.log" >&2; exit 1; }
		DEV_MS=${out%% *}
	}
	dev_stop() {
		kill -- "-$DEV_PGID" 2>/dev/null || true
		wait "$DEV_PGID" 2>/dev/null || true
		DEV_PGID=""
		# the forked JVM must be gone before the next run takes the port
		for _ in $(seq 1 100); do { exec 3<>"/dev/tcp/127.0.0.1/$DEV_PORT"; } 2>/dev/null || break; exec 3>&-; sleep 0.1; done
	}
	dev_run() { dev_start; dev_stop; }
	settle
	load=$(load_now)
	dev_run
	fresh=$DEV_MS
	echo "spring-boot:run, fresh clone: $fresh ms (load $load before)"
	restarts=() loads=()
	for _ in 1 2 3; do settle; loads+=("$(load_now)"); dev_run; restarts+=("$DEV_MS"); done
	load="${loads[*]}"
	restart=$(printf '%s\n' "${restarts[@]}" | median)
	echo "spring-boot:run, restarts: ${restarts[*]} ms (load $load before)"
	row "./mvnw spring-boot:run to the first page" "clone, warm Maven repository, classes compiled: median of 3 restarts (${restarts[*]} ms), load $load; a fresh clone's first run (compiles): $fresh ms" \
		"$restart ms" "≤ 5000 ms" "$(met "$restart" 5000)"
	# a change while it runs: devtools restarts the app in the same JVM; from the file's change to the first 200 of
	# / after the restart (devtools polls every 1 s and waits 0.4 s of quiet before it restarts)
	dev_change() { # dev_change FILE: CHANGE_MS
		local before start
		before=$(grep -c 'Started PaasAtlasApplication' "$WORK/dev.log")
		start=$(date +%s%N)
		touch "$CLONE/$1"
		for _ in $(seq 1 1500); do
			if [ "$(grep -c 'Started PaasAtlasApplication' "$WORK/dev.log")" -gt "$before" ] \
					&& [ "$(curl -s -o /dev/null --max-time 60 -w '%{http_code}' "http://127.0.0.1:$DEV_PORT/")" = 200 ]; then
				CHANGE_MS=$(( ($(date +%s%N) - start) / 1000000 ))
				return
			fi
			sleep 0.02
		done
		tail -30 "$WORK/dev.log" >&2
		exit 1
	}
	settle
	load=$(load_now)
	dev_start
	changes=()
	for file in target/classes/io/paasatlas/PaasAtlasApplication.class data/providers/fly-io.yaml \
			target/classes/io/paasatlas/PaasAtlasApplication.class; do
		sleep 2
		dev_change "$file"
		changes+=("$CHANGE_MS")
	done
	dev_stop
	change=$(printf '%s\n' "${changes[@]}" | median)
	echo "spring-boot:run, a change to the first page: ${changes[*]} ms (load $load before)"
	row "a change under ./mvnw spring-boot:run to the page" "devtools' restart in the running JVM: a class, a profile, a class changed (${changes[*]} ms), median; load $load" \
		"$change ms" "≤ 5000 ms" "$(met "$change" 5000)"
fi

if has scale; then
	DIR="$WORK/profiles"
	python3 bench/generate_profiles.py "$PROFILES" "$DIR" data/providers
	# 1,000 profiles do not fit the image's 96 MB heap (OutOfMemoryError): the image's setting with a bigger heap
	SCALE_HEAP="${SCALE_HEAP:-512m}"
	scale_logs() {
		read_ms=$(grep -o 'provider profiles .* in [0-9]* ms' "$1" | grep -o '[0-9]* ms$' | grep -o '[0-9]*')
		seed_ms=$(grep -o 'Seeded [0-9]* providers in [0-9]* ms' "$1" | grep -o '[0-9]* ms$' | grep -o '[0-9]*')
	}
	# scale_start WHAT [ARGS]: a start of $APP with ARGS to its first 200, then read_ms and seed_ms from its log; if
	# it does not start, a row says why for WHAT, and it returns 1
	scale_start() {
		launch_image "${@:2}"
		if first_200 "$APP_PID" "$(date +%s%N)" > /dev/null; then
			sleep 1
			stop_app
			scale_logs "$APP/app.log"
			return 0
		fi
		tail -5 "$APP/app.log" >&2
		row "$1" "image setting but -Xmx$SCALE_HEAP" "did not start: $(grep -m1 -o 'Terminating due to.*\|APPLICATION FAILED.*' "$APP/app.log" || echo '?')" "≤ 3000 + 2000 ms" "no"
		stop_app
		return 1
	}
	# as the image is built and runs: the profiles are data/providers when the jar is built, so process-aot reads
	# and validates them and compiles them into the jar, and the start reads the compiled form
	SRC="$WORK/scale-src"
	git clone -q . "$SRC"
	rm -f "$SRC"/data/providers/*.y*ml
	cp "$DIR"/*.yaml "$SRC/data/providers/"
	(cd "$SRC" && ./mvnw -B -q -o -Dmaven.test.skip=true package > build.log 2>&1) \
		|| { tail -20 "$SRC/build.log" >&2; exit 1; }
	compile_ms=$(grep -o 'Compiled [0-9]* provider profiles .* in [0-9]* ms' "$SRC/build.log" | grep -o '[0-9]* ms$' \
		| grep -o '[0-9]*' || echo "not compiled")
	IMAGE_APP="$APP" APP="$WORK/scale-app"
	(cd "$SRC" && JAR=$(ls target/paas-atlas-*.jar | grep -v original | head -1) && extract_app "$JAVA25" "$APP")
	FLAGS="$FLAGS -Xmx$SCALE_HEAP" train_cache "$JAVA25" "$APP"
	settle
	load=$(load_now)
	read -r -a EXTRA_JVM <<< "${BENCH_JVM_FLAGS:-}"
	EXTRA_JVM+=(-Xmx"$SCALE_HEAP")
	if scale_start "$PROFILES profiles read and seeded (as the image runs)"; then
		check_cache_used
		echo "$PROFILES profiles compiled at build: read at start in $read_ms ms, seeded in $seed_ms ms; read and validated by process-aot in $compile_ms ms (load $load before)"
		row "$PROFILES profiles read (as the image runs)" "compiled at build time, read at start; image setting but -Xmx$SCALE_HEAP, AOT cache trained with these profiles; the app's log, load $load" "$read_ms ms" "≤ 3000 ms" "$(met "$read_ms" 3000)"
		row "$PROFILES profiles seeded (as the image runs)" "the same start: the compiled documents stored as they are" "$seed_ms ms" "≤ 2000 ms" "$(met "$seed_ms" 2000)"
		row "$PROFILES profiles read + validated at build time" "process-aot's forked JVM in ./mvnw package (C1, serial collector, default heap), its log" "$compile_ms ms" "≤ 3000 ms" "$(met "$compile_ms" 3000)"
	fi
	APP="$IMAGE_APP"
	# a folder given at run time (catalog.location) has no compiled form: the YAML is read and validated at start
	settle
	load=$(load_now)
	if scale_start "$PROFILES profiles read, validated and seeded from YAML" --catalog.location="$DIR"; then
		echo "$PROFILES profiles from YAML at start: read + validated in $read_ms ms, seeded in $seed_ms ms (load $load before)"
		row "$PROFILES profiles read + validated from YAML at start" "--catalog.location (not compiled), the image's jar and AOT cache, -Xmx$SCALE_HEAP, the app's log, load $load" "$read_ms ms" "≤ 3000 ms" "$(met "$read_ms" 3000)"
		row "$PROFILES profiles seeded after reading YAML" "the same start: every document written as JSON" "$seed_ms ms" "≤ 2000 ms" "$(met "$seed_ms" 2000)"
	fi
	# the later sections start with the scale heap no more
	read -r -a EXTRA_JVM <<< "${BENCH_JVM_FLAGS:-}"
fi

# the image's footprint, which FlyTomlTests holds fly.toml's [[vm]] memory and check grace period to
if has start && has load && has flood && [ -z "${BENCH_JVM_FLAGS:-}" ]; then
	cat > bench/footprint.properties <<PROPS
# Measured by bench/all.sh on $(date -u +%Y-%m-%d) ($(nproc) cores, load average $load_start before the starts), as the image
# runs: Java $("$JAVA25/bin/java" -XshowSettings:properties -version 2>&1 | awk '/java.runtime.version/ { print $3 }'), Spring AOT, the AOT cache the Dockerfile trains. FlyTomlTests checks fly.toml's [[vm]]
# memory against it; re-run the benchmark after changing the Dockerfile's JVM flags (the test compares jvm.flags).
jvm.flags=$FLAGS
# launch to the first HTTP 200 of /, median of $RUNS cold starts
startup.first-200.median.ms=$med
# the JVM's CPU time (user + system) by the first 200, median: the start-up cost that machine load does not inflate
startup.cpu.median.ms=$cpu
# VmRSS after ${LOAD_SECONDS} s of wrk -t2 -c16 over the page mix, and the peak (VmHWM) after the pages and the flood
rss.after-load.mb=$rss
rss.peak.mb=$peak
PROPS
	echo "wrote bench/footprint.properties"
fi

OUT="bench/results-$(date -u +%Y%m%d-%H%M)${LABEL:+-$LABEL}.md"
{
	echo "# bench/all.sh ${LABEL:-} — $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)"
	echo
	echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; Java 25 $("$JAVA25/bin/java" -version 2>&1 | awk -F'"' 'NR == 1 { print $2 }'); flags: ${IMAGE_FLAGS[*]:-n/a}${BENCH_JVM_FLAGS:+ + $BENCH_JVM_FLAGS}; AOT cache: $(grep -q train-aot-cache.sh Dockerfile && echo "trained on traffic (scripts/train-aot-cache.sh)" || echo "trained to the refreshed context")"
	echo
	echo "| Target | Condition | Measured | Goal | Met? |"
	echo "|---|---|---|---|---|"
	printf '%s\n' "${ROWS[@]}"
	if [ "${#PAGE_ROWS[@]}" -gt 0 ]; then
		echo
		echo "| Page | plain bytes | app req/s | nginx req/s | app/nginx | app p99 | gzip bytes | app req/s | nginx req/s | app/nginx | app p99 |"
		echo "|---|---|---|---|---|---|---|---|---|---|---|"
		printf '%s\n' "${PAGE_ROWS[@]}"
	fi
} > "$OUT"
echo
cat "$OUT"
echo
echo "wrote $OUT"
