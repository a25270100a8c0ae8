#!/usr/bin/env bash
# Container smoke test: builds the Dockerfile with podman, runs the image with the memory of fly.toml's [[vm]], and
# checks that it answers like a Fly.io Machine must: the health check path of fly.toml and /providers answer 200 on
# $PORT, the app runs as a non-root user, and SIGINT (Fly's kill signal) stops it with exit status 0.
#
#   scripts/container-smoke.sh            (as root; .ci/run runs it after the tests)
#
# No container registry is reachable here, so every base image the Dockerfile names in FROM is replaced by a local
# stand-in imported under the FROM name (scripts/standins.sh: a Debian rootfs with Debian's OpenJDK 17 for the build
# stage, this machine's Temurin 25 for the run stage; cached, so only a machine's first run pays for them). The image
# build reuses ~/.m2 through an overlay mount (writes are discarded), so it downloads nothing that the test build
# already fetched.
#
# Everything it creates is removed at the end: the container, the image, the stand-ins and the build's
# intermediate images. Set SMOKE_KEEP_STANDINS=1 to keep the imported stand-ins between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${SMOKE_PORT:-18480}"
RUN_ID="paas-atlas-smoke-$$"
IMAGE="localhost/$RUN_ID"
START_TIMEOUT="${SMOKE_START_TIMEOUT:-120}"

t0=$SECONDS
step() { printf '\n--> %s (%ds)\n' "$1" "$((SECONDS - t0))"; }
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }

# --- tools ---------------------------------------------------------------------------------------------------------
missing=()
for tool in podman runc mmdebstrap curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ "${#missing[@]}" -gt 0 ]; then
	step "installing ${missing[*]}"
	[ "$(id -u)" -eq 0 ] || fail "run as root (podman here runs rootful; mmdebstrap runs as root here)"
	apt-get update -qq && apt-get install -y -qq podman runc mmdebstrap curl >/dev/null
fi

# podman without a registry or a network setup: host network, runc, lowered ulimits (environment.md).
WORK=$(mktemp -d)
cat > "$WORK/containers.conf" <<'CONF'
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]
netns = "host"
[engine]
runtime = "runc"
CONF
export CONTAINERS_CONF="$WORK/containers.conf"

# --- what fly.toml and the Dockerfile say ------------------------------------------------------------------------
toml_value() { # toml_value KEY: the first "KEY = value" in fly.toml, quotes removed
	awk -v key="$1" '$1 == key && $2 == "=" { sub(/^[^=]*= */, ""); sub(/ *#.*$/, ""); gsub(/"/, ""); print; exit }' fly.toml
}
CHECK_PATH=$(toml_value path)
MEMORY=$(toml_value memory)
case "$MEMORY" in
	*gb) MEMORY_MB=$(( ${MEMORY%gb} * 1024 )) ;;
	*mb) MEMORY_MB=${MEMORY%mb} ;;
	*) MEMORY_MB=$MEMORY ;;
esac
[ -n "$CHECK_PATH" ] && [ -n "$MEMORY_MB" ] || fail "cannot read the check path and [[vm]] memory from fly.toml"
mapfile -t BASES < <(awk 'toupper($1) == "FROM" { print $2 }' Dockerfile | sort -u)
echo "fly.toml: check $CHECK_PATH, memory ${MEMORY_MB} MB; Dockerfile bases: ${BASES[*]}"

# --- clean-up of everything made here ----------------------------------------------------------------------------
cleanup() {
	local status=$? IMPORTED=()
	# the stand-ins imported by this run (scripts/standins.sh lists each as it imports it)
	[ -f "$WORK/imported" ] && mapfile -t IMPORTED < "$WORK/imported"
	podman rm -f -t 0 "$RUN_ID" >/dev/null 2>&1 || true
	podman rmi -f "$IMAGE" >/dev/null 2>&1 || true
	# the build stage's intermediate images carry this run's label
	podman images -q --filter "label=io.paasatlas.smoke=$RUN_ID" | xargs -r podman rmi -f >/dev/null 2>&1 || true
	if [ "${SMOKE_KEEP_STANDINS:-0}" != 1 ]; then
		for base in "${IMPORTED[@]}"; do podman rmi -f "$base" >/dev/null 2>&1 || true; done
	fi
	podman images -q --filter dangling=true --filter "label=io.paasatlas.smoke=$RUN_ID" | xargs -r podman rmi -f >/dev/null 2>&1 || true
	rm -rf "$WORK"
	[ "$status" -eq 0 ] || echo "(cleaned up after the failure)" >&2
}
trap cleanup EXIT

# --- stand-in base images ----------------------------------------------------------------------------------------
step "stand-in base images"
scripts/standins.sh --import "${BASES[@]}" > "$WORK/imported" || fail "stand-in base images"
echo "imported: $(tr '\n' ' ' < "$WORK/imported")"

# --- build -------------------------------------------------------------------------------------------------------
step "podman build"
volumes=()
[ -d "$HOME/.m2" ] && volumes=(--volume "$HOME/.m2:/root/.m2:O")
build_start=$SECONDS
podman build --isolation=chroot --pull=never --layers=false --label "io.paasatlas.smoke=$RUN_ID" \
	"${volumes[@]}" -t "$IMAGE" -f Dockerfile . > "$WORK/build.log" 2>&1 \
	|| { grep -v '\[warning\]\[cds' "$WORK/build.log" | tail -40 >&2; fail "podman build"; }
echo "built $IMAGE in $((SECONDS - build_start)) s ($(podman image inspect -f '{{.Size}}' "$IMAGE" | awk '{ printf "%d MB", $1 / 1048576 }'))"
user=$(podman image inspect -f '{{.Config.User}}' "$IMAGE")
[ -n "$user" ] && [ "$user" != root ] && [ "$user" != 0 ] || fail "the image runs as root (USER '$user')"
echo "USER $user"

# --- run ---------------------------------------------------------------------------------------------------------
step "podman run --memory ${MEMORY_MB}m, PORT=$PORT"
run_start=$SECONDS
podman run -d --name "$RUN_ID" --memory "${MEMORY_MB}m" --memory-swap "${MEMORY_MB}m" -e PORT="$PORT" "$IMAGE" >/dev/null
ready=""
for _ in $(seq 1 $((START_TIMEOUT * 4))); do
	if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$CHECK_PATH")" = 200 ]; then
		ready=yes
		break
	fi
	[ "$(podman inspect -f '{{.State.Running}}' "$RUN_ID")" = true ] || break
	sleep 0.25
done
[ -n "$ready" ] || { podman logs "$RUN_ID" 2>&1 | tail -40 >&2; fail "$CHECK_PATH did not answer 200"; }
echo "$CHECK_PATH answered 200 $((SECONDS - run_start)) s after podman run"
# the log goes to a file first: under pipefail, grep -q closing the pipe early would fail "podman logs | grep -q"
podman logs "$RUN_ID" > "$WORK/app.log" 2>&1
grep -q 'Started PaasAtlasApplication' "$WORK/app.log" || { tail -40 "$WORK/app.log" >&2; fail "no start-up line in the log"; }
# the start-up archive (AOT cache on Java 25, CDS on Java 17) must be usable: trained and run by the same JVM
if grep -qiE 'Unable to use AOT cache|\[error *\]\[(aot|cds)|shared archive file was created by a different' "$WORK/app.log"; then
	grep -iE 'aot|cds' "$WORK/app.log" | head -10 >&2
	fail "the JVM did not use the image's AOT cache / CDS archive"
fi

for path in /actuator/health /providers /providers/fly-io; do
	code=$(curl -s -o "$WORK/body" -w '%{http_code}' "http://127.0.0.1:$PORT$path")
	[ "$code" = 200 ] || fail "$path answered $code"
	echo "$path: 200 ($(wc -c < "$WORK/body") bytes)"
done
grep -q 'Fly.io' "$WORK/body" || fail "/providers/fly-io does not show Fly.io (catalog missing from the image?)"
pid=$(podman inspect -f '{{.State.Pid}}' "$RUN_ID")
uid=$(awk '/^Uid:/ { print $2 }' "/proc/$pid/status")
rss=$(awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$pid/status")
[ "$uid" != 0 ] || fail "the java process runs as root"
echo "java runs as uid $uid, RSS ${rss} MB of the ${MEMORY_MB} MB limit"

# --- stop like Fly.io does ---------------------------------------------------------------------------------------
step "SIGINT (fly.toml kill_signal)"
podman kill --signal INT "$RUN_ID" >/dev/null
status=$(timeout 60 podman wait "$RUN_ID" || echo timeout)
[ "$status" = 0 ] || { podman logs "$RUN_ID" 2>&1 | tail -20 >&2; fail "exit status after SIGINT: $status"; }
podman logs "$RUN_ID" > "$WORK/app.log" 2>&1
grep -q 'Graceful shutdown complete' "$WORK/app.log" || { tail -20 "$WORK/app.log" >&2; fail "no graceful shutdown in the log"; }
echo "exited 0 after a graceful shutdown"

step "smoke test passed"
