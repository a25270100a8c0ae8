#!/bin/sh
# Trains the JDK AOT cache (app.aot, JEP 483/514/515) on real traffic: starts the extracted app in the current folder
# with -XX:AOTCacheOutput, lets its own warm-up open the site's pages (system/Warmup: up to 40 pages, each plain and
# gzipped, before readiness), then stops it with SIGTERM; the JVM writes the cache as it exits. A cache trained
# only up to the refreshed context (-Dspring.context.exit=onRefresh) leaves the first requests' classes, templates
# and compiled methods out of it. The Dockerfile runs this; bench/all.sh trains its copy the same way.
#
#   JDK_JAVA_OPTIONS="..." scripts/train-aot-cache.sh [JVM FLAGS...]     (in the folder holding app.jar)
#
# JVM FLAGS are the ENTRYPOINT's besides the cache (e.g. -Dspring.aot.enabled=true). The training runs with
# JDK_JAVA_OPTIONS less the metaspace cap, which is too small for writing the cache, and on a free port (0).
set -eu
JAVA="${JAVA:-java}"
flags=$(echo "${JDK_JAVA_OPTIONS:-}" | sed 's/-XX:MaxMetaspaceSize=[^ ]*//')
# shellcheck disable=SC2086
env -u JDK_JAVA_OPTIONS "$JAVA" $flags "$@" -XX:AOTCacheOutput=app.aot -Xlog:aot=error,cds=error -jar app.jar \
	--server.port=0 > training.log 2>&1 &
pid=$!
waited=0
until grep -q 'Warm-up: ' training.log; do
	if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge 1200 ]; then
		kill "$pid" 2>/dev/null || true
		tail -30 training.log >&2
		echo "the training start did not finish its warm-up" >&2
		exit 1
	fi
	sleep 0.25
	waited=$((waited + 1))
done
grep -o 'Warm-up: .*' training.log
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
[ "$status" -eq 0 ] || { tail -30 training.log >&2; echo "the training run exited with $status" >&2; exit 1; }
[ -s app.aot ] || { tail -30 training.log >&2; echo "no AOT cache written" >&2; exit 1; }
rm -f training.log app.aot.config
