# Sourced by the benchmarks: checks the tools they need and reads the image's JVM settings from the Dockerfile.
#   need TOOL...   exits with 2 naming the first tool that is missing
#   FLAGS          the Dockerfile's JDK_JAVA_OPTIONS
#   ARENAS         the Dockerfile's MALLOC_ARENA_MAX
#   JAVA25         the Java 25 the image runs: $JAVA25_HOME, or where Temurin's package installs it
need() {
	for tool in "$@"; do
		command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y $*)" >&2; exit 2; }
	done
}
FLAGS=$(sed -n 's/^ENV JDK_JAVA_OPTIONS="\([^"]*\)"$/\1/p' Dockerfile)
ARENAS=$(sed -n 's/^ENV MALLOC_ARENA_MAX=\([0-9]*\)$/\1/p' Dockerfile)
[ -n "$FLAGS" ] || { echo "no ENV JDK_JAVA_OPTIONS=\"...\" line in the Dockerfile" >&2; exit 2; }
JAVA25="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

# --- the app as the image runs it (used by bench/all.sh) ---------------------------------------------------------
#   load_now                      the 1-minute load average
#   cpu_ms PID                    the process's user + system CPU time so far, in ms
#   rss_of PID FIELD              a memory field of /proc/PID/status (VmRSS, RssAnon, RssFile, VmHWM), in MB
#   stop_app                      stops the app whose PID is in APP_PID, if any
#   build_jar                     sets JAR, packaging first when it is missing or older than the sources
#   extract_app JAVA DIR          the extracted jar beside a copy of data/ in DIR (the image's /app)
#   train_cache JAVA DIR          trains DIR/app.aot the way the Dockerfile does
#   image_flags                   sets IMAGE_FLAGS (array): the Dockerfile's JDK_JAVA_OPTIONS and ENTRY_FLAGS, the
#                                 ENTRYPOINT's flags besides the cache
load_now() { cut -d' ' -f1 /proc/loadavg; }
cpu_ms() { # 0 once the process is gone
	local ticks
	ticks=$(awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0)
	echo $(( ticks * 1000 / $(getconf CLK_TCK) ))
}
rss_of() { awk -v k="$2:" '$1 == k { print int($2 / 1024) }' "/proc/$1/status"; }

# Stops the app started in the background whose PID is in APP_PID, if any.
stop_app() {
	if [ -n "${APP_PID:-}" ]; then
		kill "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
		APP_PID=""
	fi
}

build_jar() {
	JAR=$(ls target/paas-atlas-*.jar 2>/dev/null | grep -v original | head -1 || true)
	if [ -z "$JAR" ] || [ -n "$(find src/main data pom.xml Dockerfile -newer "$JAR" -print -quit)" ]; then
		./mvnw -q -B -o -Dmaven.test.skip=true package
		JAR=$(ls target/paas-atlas-*.jar | grep -v original | head -1)
		# the reproducible build dates the jar at project.build.outputTimestamp: date it now for the check above
		touch "$JAR"
	fi
}

extract_app() {
	rm -rf "$2"
	"$1/bin/java" -Djarmode=tools -jar "$JAR" extract --application-filename app.jar --destination "$2" > /dev/null
	cp -r data "$2/data"
}

image_flags() {
	read -r -a IMAGE_FLAGS <<< "$FLAGS"
	# what the ENTRYPOINT adds besides the cache, e.g. -Dspring.aot.enabled=true
	local entry
	ENTRY_FLAGS=()
	entry=$(sed -n 's/^ENTRYPOINT \[\(.*\)\]$/\1/p' Dockerfile | tr -d '",')
	for word in $entry; do
		case "$word" in -XX:AOTCache=*|java|-jar|app.jar) ;; -*) ENTRY_FLAGS+=("$word") ;; esac
	done
	IMAGE_FLAGS+=("${ENTRY_FLAGS[@]}")
}

train_cache() {
	local java=$1 dir=$2
	if [ -f scripts/train-aot-cache.sh ] && grep -q 'train-aot-cache.sh' Dockerfile; then
		(cd "$dir" && JAVA="$java/bin/java" JDK_JAVA_OPTIONS="$FLAGS" MALLOC_ARENA_MAX="${ARENAS:-2}" \
			sh "$OLDPWD/scripts/train-aot-cache.sh" "${ENTRY_FLAGS[@]}" > training.out 2>&1) \
			|| { tail -20 "$dir/training.out" >&2; return 1; }
	else
		# the Dockerfile before traffic training: one start that stops once the context is refreshed
		local training=()
		for flag in "${IMAGE_FLAGS[@]}"; do [[ "$flag" == -XX:MaxMetaspaceSize=* ]] || training+=("$flag"); done
		(cd "$dir" && env -u JDK_JAVA_OPTIONS "$java/bin/java" "${training[@]}" -XX:AOTCacheOutput=app.aot \
			-Xlog:aot=error,cds=error -Dspring.context.exit=onRefresh -jar app.jar > training.log 2>&1) \
			|| { tail -20 "$dir/training.log" >&2; return 1; }
	fi
	[ -s "$dir/app.aot" ] || { echo "no AOT cache written in $dir" >&2; return 1; }
}

# launch_image [ARGS...]: the app extracted in APP as the image runs it (JAVA25, IMAGE_FLAGS, EXTRA_JVM, its AOT
# cache, on PORT), its output in APP/app.log; sets APP_PID
launch_image() {
	(cd "$APP" && exec env -u JDK_JAVA_OPTIONS MALLOC_ARENA_MAX="${ARENAS:-2}" PORT="$PORT" "$JAVA25/bin/java" \
		"${IMAGE_FLAGS[@]}" "${EXTRA_JVM[@]}" -XX:AOTCache=app.aot -jar app.jar "$@" > "$APP/app.log" 2>&1) &
	APP_PID=$!
}

# nginx_conf FILE PORT ROOT [HTTP_LINES] [SERVER_LINES]: the nginx the benchmarks compare the app with, in FILE: one
# worker, sendfile, no access log, its pid and error log beside FILE; HTTP_LINES and SERVER_LINES go into its http
# and server blocks
nginx_conf() {
	local dir
	dir=$(dirname "$1")
	cat > "$1" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  default_type text/html;
${4:-}
  server {
    listen 127.0.0.1:$2;
    root $3;
${5:-}
  }
}
CONF
}

# The page mix of the load runs (bench/load.sh's, without the 404), as a wrk script in FILE.
mix_lua() {
	cat > "$1" <<'LUA'
local paths = {
  "/", "/providers", "/providers?sort=price", "/providers?freeTier=none", "/providers/fly-io", "/providers/heroku",
  "/providers/render", "/providers/railway", "/providers/pythonanywhere", "/compare?providers=fly-io,heroku,render",
  "/compare?providers=railway,render", "/estimate?preset=minimal-flask", "/estimate?preset=global-flask", "/regions"
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1], { ["Accept"] = "text/html", ["Accept-Encoding"] = "gzip" })
end
LUA
}

# bust_lua FILE PATH [HEADER VALUE]: a wrk script in FILE asking for PATH?bust=<thread>-<n>, a URL never asked
# before at every request (a flood of distinct URLs), with one request header if given
bust_lua() {
	local headers=""
	[ -z "${3:-}" ] || headers=", { [\"$3\"] = \"$4\" }"
	cat > "$1" <<LUA
local n = 0
local thread_id = 0
setup = function(thread) thread:set("thread_id", thread_id); thread_id = thread_id + 1 end
request = function()
  n = n + 1
  return wrk.format("GET", "$2?bust=" .. thread_id .. "-" .. n$headers)
end
LUA
}

# first_200 PID START [PORT]: "WALL_MS CPU_MS" from START (date +%s%N, taken right before the launch) until / answers
# 200; CPU_MS is the JVM's user + system CPU time by then, which other work on a shared machine does not inflate
first_200() {
	local pid=$1 start=$2 port=${3:-$PORT} wall
	for _ in $(seq 1 60000); do
		# a bash-only connect while the port is closed: polling takes no CPU from the JVM being measured
		if { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
			exec 3>&- 3<&-
			if [ "$(curl -s -o /dev/null --max-time 120 -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ]; then
				wall=$(( ($(date +%s%N) - start) / 1000000 ))
				echo "$wall $(cpu_ms "$pid")"
				return
			fi
		fi
		kill -0 "$pid" 2>/dev/null || { echo "the app died" >&2; return 1; }
		sleep 0.02
	done
	return 1
}

# median: the middle of the numbers on stdin, one a line (the mean of the two middle ones for an even count)
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
