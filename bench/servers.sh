#!/usr/bin/env bash
# What the servlet container itself costs per answer, against nginx on the same bytes (#17's pages target): the
# embedded Tomcat the app runs on and the Jetty Spring Boot offers instead, each answering bytes held in memory
# before any servlet (where the app's CachedPageValve answers a cached page), with the app's connector sizes, the
# Dockerfile's JVM flags and MALLOC_ARENA_MAX; nginx as bench/all.sh runs it (one worker, sendfile). Bodies of the
# sizes of /, /providers/koyeb and /providers/fly-io in the full run of 2026-12-04 (4,573, 57,476, 97,499 B).
# ROUNDS (3) rounds, each server in turn; per body wrk -t2 -c32, 2 s warm-up, SERVER_SECONDS (5) measured: req/s,
# p99 and the server's CPU per answer (user + system of its process). Writes bench/results-<date>-servers[-LABEL].md.
#
#   bench/servers.sh [LABEL]    (needs curl, wrk, nginx; Maven Central once, for the two containers' jars)
#
# Run it through the build lock on a shared machine: flock /tmp/paas-build.lock bench/servers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
LABEL="${1:-}"
ROUNDS="${ROUNDS:-3}"
SERVER_SECONDS="${SERVER_SECONDS:-5}"
NGINX_PORT=8191 TOMCAT_PORT=8192 JETTY_PORT=8193
# shellcheck source=bench/common.sh
. bench/common.sh
need curl wrk nginx

WORK=$(mktemp -d)
chmod 755 "$WORK"   # nginx workers read the bodies as another user
APP_PID=""
cleanup() {
	stop_app
	[ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

# the containers at the app's versions: both POMs name the same parent
parent_of() { awk '/<parent>/,/<\/parent>/' "$1" | sed -n 's:.*<version>\(.*\)</version>.*:\1:p'; }
[ "$(parent_of pom.xml)" = "$(parent_of bench/servers/pom.xml)" ] || {
	echo "bench/servers/pom.xml's parent is $(parent_of bench/servers/pom.xml), the app's $(parent_of pom.xml)" >&2
	exit 2
}
./mvnw -q -B -f bench/servers/pom.xml dependency:copy-dependencies -DoutputDirectory="$WORK/lib"
# compiled first: a source launch would keep javac in the measured JVM
"$JAVA25/bin/javac" -d "$WORK/classes" -cp "$WORK/lib/*" bench/servers/*.java
mkdir "$WORK/www"
BODIES=(small:4573 koyeb:57476 fly-io:97499)
for body in "${BODIES[@]}"; do
	# HTML-like text; plain answers only, so what the bytes say does not matter
	awk -v n="${body#*:}" 'BEGIN { line = "<li><a class=\"ref\" href=\"#n1-1\">1</a> Fly.io docs: Pricing</li>\n"
		while (length(s) < n) s = s line; printf "%s", substr(s, 1, n) }' > "$WORK/www/${body%%:*}"
done

nginx_conf "$WORK/nginx.conf" "$NGINX_PORT" "$WORK/www"
nginx -c "$WORK/nginx.conf"

read -r -a JVM_FLAGS <<< "$FLAGS"
start_java() { # start_java CLASS PORT: the server in the background, APP_PID, once it answers
	env -u JDK_JAVA_OPTIONS MALLOC_ARENA_MAX="${ARENAS:-2}" "$JAVA25/bin/java" "${JVM_FLAGS[@]}" -cp "$WORK/classes:$WORK/lib/*" \
		"$1" "$2" "$WORK/www" > "$WORK/$1.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 300); do
		curl -sf -o /dev/null "http://127.0.0.1:$2/small" && return
		sleep 0.1
	done
	cat "$WORK/$1.log" >&2
	exit 1
}

# measure NAME PORT PID: a line per body into RESULTS: name body round req/s p99 µs-of-CPU-per-answer
RESULTS=()
measure() {
	local body out cpu n
	for body in "${BODIES[@]}"; do
		body=${body%%:*}
		wrk -t2 -c32 -d2s "http://127.0.0.1:$2/$body" > /dev/null
		cpu=$(cpu_ms "$3")
		out=$(wrk -t2 -c32 -d"${SERVER_SECONDS}s" --latency "http://127.0.0.1:$2/$body")
		cpu=$(( $(cpu_ms "$3") - cpu ))
		n=$(awk '/requests in/ { print $1 }' <<< "$out")
		RESULTS+=("$1 $body $round $(awk '/Requests\/sec/ { printf "%d", $2 }' <<< "$out") $(awk '$1 == "99%" { print $2 }' <<< "$out") $(( cpu * 1000 / n ))")
		echo "round $round, $1, $body: ${RESULTS[-1]#* * * }"
	done
}

for round in $(seq 1 "$ROUNDS"); do
	measure nginx "$NGINX_PORT" "$(pgrep -P "$(cat "$WORK/nginx.pid")" | head -1)"
	start_java TomcatServer "$TOMCAT_PORT"
	measure tomcat "$TOMCAT_PORT" "$APP_PID"
	TOMCAT_RSS=$(rss_of "$APP_PID" VmRSS)
	stop_app
	start_java JettyServer "$JETTY_PORT"
	measure jetty "$JETTY_PORT" "$APP_PID"
	JETTY_RSS=$(rss_of "$APP_PID" VmRSS)
	stop_app
done

# per server and body: each round's req/s and its ratio to nginx's in the same round, then the medians
table=$(printf '%s\n' "${RESULTS[@]}" | awk -v bodies="${BODIES[*]%%:*}" '
	{ rps[$1, $2, $3] = $4; p99[$1, $2, $3] = $5; cpu[$1, $2, $3] = $6; rounds[$3] }
	function median(a, n,   i, j, t) {
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
	}
	END {
		ns = split("nginx tomcat jetty", servers, " ")
		nb = split(bodies, names, " ")
		for (b = 1; b <= nb; b++) for (s = 1; s <= ns; s++) {
			n = 0; list = ""; ratios = ""
			for (r in rounds) {
				n++; v[n] = rps[servers[s], names[b], r]; q[n] = rps[servers[s], names[b], r] / rps["nginx", names[b], r]
				c[n] = cpu[servers[s], names[b], r]
			}
			for (r = 1; r <= n; r++) {
				list = list (r > 1 ? ", " : "") rps[servers[s], names[b], r]
				ratios = ratios (r > 1 ? ", " : "") sprintf("%.2f", rps[servers[s], names[b], r] / rps["nginx", names[b], r])
				lat = lat (r > 1 ? ", " : "") p99[servers[s], names[b], r]
			}
			printf "| %s | %s | %d (%s) | %.2f (%s) | %d µs | %s |\n", names[b], servers[s], median(v, n), list, median(q, n), ratios, median(c, n), lat
			lat = ""
		}
	}')

STAMP=$(date -u +%Y%m%d-%H%M)
OUT="bench/results-$STAMP-servers${LABEL:+-$LABEL}.md"
{
	echo "# bench/servers.sh${LABEL:+ $LABEL} — $(date -u '+%Y-%m-%d %H:%M') UTC, commit $(git rev-parse --short HEAD)"
	echo
	echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; Java 25 $("$JAVA25/bin/java" -version 2>&1 | awk -F'"' 'NR == 1 { print $2 }'); flags: $FLAGS; MALLOC_ARENA_MAX=${ARENAS:-2}"
	echo "Tomcat $(basename "$(ls "$WORK"/lib/tomcat-embed-core-*.jar)" .jar | sed 's/tomcat-embed-core-//'), Jetty $(basename "$(ls "$WORK"/lib/jetty-server-*.jar)" .jar | sed 's/jetty-server-//'), nginx $(nginx -v 2>&1 | sed 's|.*/||'); $ROUNDS rounds, wrk -t2 -c32 ${SERVER_SECONDS} s per body after 2 s; RSS after the last round: Tomcat $TOMCAT_RSS MB, Jetty $JETTY_RSS MB"
	echo
	echo "| Body | Server | req/s, median (each round) | of nginx's in the same round, median (each) | CPU per answer, median | p99 (each round) |"
	echo "|---|---|---|---|---|---|"
	echo "$table"
} > "$OUT"
cat "$OUT"
echo "written: $OUT"
