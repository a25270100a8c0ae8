#!/usr/bin/env bash
# Kit smoke test: the Fly.io deployment kit, downloaded from the running app as a user downloads it
# (/deploy/fly-io.zip), built with podman from the kit's own Dockerfile and run like a Fly.io Machine: the sample app
# must answer / with its page on fly.toml's internal_port, run as a non-root user, and exit 0 on fly.toml's
# kill_signal.
#
#   scripts/kit-smoke.sh [JAR]     (as root; .ci/run runs it after the build; JAR defaults to target/paas-atlas-*.jar)
#
# No container registry or package index is reachable here, so the Dockerfile's FROM python:<version>-slim is a
# local stand-in imported under that name (scripts/standins.sh: Debian 13 with its Python 3.13, Flask and gunicorn;
# cached, so only a machine's first run pays for it). The kit pins Flask and gunicorn to exactly those Debian
# versions, and the build runs without a network (unshare --net): pip finds every requirement installed or the
# build fails.
#
# The container gets a network namespace of its own (only loopback), so the kit's fixed port 8080 clashes with
# nothing on the host; curl reaches it through nsenter. Everything made here is removed at the end; set
# SMOKE_KEEP_STANDINS=1 to keep the imported stand-in between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT="${KIT_SMOKE_PORT:-18481}"
RUN_ID="paas-atlas-kit-smoke-$$"
IMAGE="localhost/$RUN_ID"
QUERY="${KIT_SMOKE_QUERY:-regions=iad}"

t0=$SECONDS
step() { printf '\n--> %s (%ds)\n' "$1" "$((SECONDS - t0))"; }
fail() { echo "KIT SMOKE FAILED: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (podman here runs rootful; mmdebstrap and nsenter need root)"
for tool in podman runc mmdebstrap curl nsenter unshare java jar; do
	command -v "$tool" >/dev/null || fail "$tool is missing (.ci/run installs podman, runc, mmdebstrap, curl and a JDK)"
done
JAR="${1:-$(ls target/paas-atlas-*.jar 2>/dev/null | grep -v -- '-plain' | head -1)}"
[ -f "$JAR" ] || fail "no app jar (build it first: ./mvnw -B verify)"

WORK=$(mktemp -d)
cat > "$WORK/containers.conf" <<'CONF'
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]
[engine]
runtime = "runc"
CONF
export CONTAINERS_CONF="$WORK/containers.conf"

APP_PID=""
IMPORTED=""
cleanup() {
	local status=$?
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
	podman rm -f -t 0 "$RUN_ID" >/dev/null 2>&1 || true
	podman rmi -f "$IMAGE" >/dev/null 2>&1 || true
	# the stand-in, if this run imported it (scripts/standins.sh lists it as it imports it)
	[ -f "$WORK/imported" ] && IMPORTED=$(cat "$WORK/imported")
	if [ -n "$IMPORTED" ] && [ "${SMOKE_KEEP_STANDINS:-0}" != 1 ]; then
		podman rmi -f "$IMPORTED" >/dev/null 2>&1 || true
	fi
	rm -rf "$WORK"
	[ "$status" -eq 0 ] || echo "(cleaned up after the failure)" >&2
}
trap cleanup EXIT

# --- the kit, as a user downloads it --------------------------------------------------------------------------------
step "download /deploy/fly-io.zip?$QUERY from the app on port $APP_PORT"
# started the way the image starts it (C1, serial collector, the AOT-processed beans) but without the warm-up's 40
# pages, for this one request: 10 s here instead of 24 s with java -jar alone
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dspring.aot.enabled=true -jar "$JAR" --server.port="$APP_PORT" \
	--catalog.location=data/providers --atlas.warmup.enabled=false > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
	curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health" && break
	kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; fail "the app did not start"; }
	sleep 0.5
done
curl -fsS -o "$WORK/kit.zip" "http://127.0.0.1:$APP_PORT/deploy/fly-io.zip?$QUERY" || fail "no kit from the app"
kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
APP_PID=""
mkdir "$WORK/unzipped" && (cd "$WORK/unzipped" && jar xf "$WORK/kit.zip")
KIT=$(find "$WORK/unzipped" -mindepth 1 -maxdepth 1 -type d | head -1)
[ -f "$KIT/Dockerfile" ] && [ -f "$KIT/fly.toml" ] || fail "the kit has no Dockerfile or fly.toml"

toml_value() { # toml_value KEY: the first "KEY = value" of the kit's fly.toml, quotes removed
	awk -v key="$1" '$1 == key && $2 == "=" { sub(/^[^=]*= */, ""); sub(/ *#.*$/, ""); gsub(/"/, ""); print; exit }' "$KIT/fly.toml"
}
INTERNAL_PORT=$(toml_value internal_port)
CHECK_PATH=$(toml_value path)
KILL_SIGNAL=$(toml_value kill_signal)
MEMORY=$(toml_value memory)
MEMORY_MB=${MEMORY%mb}
BASE=$(awk 'toupper($1) == "FROM" { print $2; exit }' "$KIT/Dockerfile")
echo "fly.toml: internal_port $INTERNAL_PORT, check $CHECK_PATH, kill_signal $KILL_SIGNAL, memory ${MEMORY_MB} MB; FROM $BASE"
[[ "$BASE" =~ ^python:3\.13-slim$ ]] || fail "the stand-in is Debian 13's Python 3.13, not $BASE (set python=3.13 in KIT_SMOKE_QUERY)"

# --- stand-in for python:3.13-slim ----------------------------------------------------------------------------------
step "stand-in base image docker.io/library/$BASE"
scripts/standins.sh --import "docker.io/library/$BASE" > "$WORK/imported" || fail "stand-in base image"

# --- build: no network, so every pinned requirement must already be installed ---------------------------------------
# chroot isolation builds in the caller's network namespace, so the build runs in a new, empty one (unshare --net)
step "podman build, without a network"
unshare --net podman build --isolation=chroot --pull=never --layers=false -t "$IMAGE" "$KIT" > "$WORK/build.log" 2>&1 \
	|| { tail -30 "$WORK/build.log" >&2; fail "podman build (a pin the stand-in does not have?)"; }
grep -E 'Requirement already satisfied: (Flask|gunicorn)==' "$WORK/build.log" || fail "pip did not find the pins installed"
user=$(podman image inspect -f '{{.Config.User}}' "$IMAGE")
[ -n "$user" ] && [ "$user" != root ] && [ "$user" != 0 ] || fail "the image runs as root (USER '$user')"

# --- run in a network namespace of its own, request / through nsenter -------------------------------------------------
step "podman run --network=none --memory ${MEMORY_MB}m"
podman run -d --name "$RUN_ID" --network=none --memory "${MEMORY_MB}m" "$IMAGE" > /dev/null
pid=$(podman inspect -f '{{.State.Pid}}' "$RUN_ID")
code=""
for _ in $(seq 1 120); do
	code=$(nsenter -t "$pid" -n curl -s -o "$WORK/body" -w '%{http_code}' "http://127.0.0.1:$INTERNAL_PORT$CHECK_PATH" || true)
	[ "$code" = 200 ] && break
	[ "$(podman inspect -f '{{.State.Running}}' "$RUN_ID")" = true ] || break
	sleep 0.25
done
[ "$code" = 200 ] || { podman logs "$RUN_ID" 2>&1 | tail -20 >&2; fail "$CHECK_PATH on port $INTERNAL_PORT answered '$code'"; }
body=$(cat "$WORK/body")
[ "$body" = "Flask on Fly.io!" ] || fail "unexpected page: $body"
uid=$(awk '/^Uid:/ { print $2 }' "/proc/$pid/status")
[ "$uid" != 0 ] || fail "the server runs as root"
echo "$CHECK_PATH: 200 '$body' on port $INTERNAL_PORT, uid $uid"

step "podman kill --signal $KILL_SIGNAL (fly.toml kill_signal)"
podman kill --signal "$KILL_SIGNAL" "$RUN_ID" > /dev/null
status=$(timeout 40 podman wait "$RUN_ID" || echo timeout)
[ "$status" = 0 ] || { podman logs "$RUN_ID" 2>&1 | tail -20 >&2; fail "exit status after $KILL_SIGNAL: $status"; }
echo "exited 0"

step "kit smoke test passed"
