#!/usr/bin/env bash
# Container smoke test: builds the Dockerfile with podman, runs the image with the memory of fly.toml's [[vm]], and
# checks that it answers like a Fly.io Machine must: the health check path of fly.toml and /providers answer 200 on
# $PORT, the app runs as a non-root user, and SIGINT (Fly's kill signal) stops it with exit status 0.
#
#   scripts/container-smoke.sh            (as root; .ci/run runs it after the tests)
#
# No container registry is reachable here, so every base image the Dockerfile names in FROM is replaced by a local
# stand-in imported under the FROM name: a Debian rootfs made by debootstrap (minbase, with curl, wget and CA
# certificates like the Temurin images) plus Java: Debian's OpenJDK 17 for a *:17-jdk or *:17-jre image, a copy of
# this machine's Temurin 25 ($JAVA25_HOME) at /opt/java/openjdk for *:25-*, with java on PATH in both. The rootfs
# tarballs are cached in /var/tmp/paas-atlas-standins, so only the first run pays for debootstrap (about 40 s each,
# run in parallel). The image build reuses ~/.m2 through an overlay mount
# (writes are discarded), so it downloads nothing that the test build already fetched.
#
# Everything it creates is removed at the end: the container, the image, the stand-ins and the build's
# intermediate images. Set SMOKE_KEEP_STANDINS=1 to keep the imported stand-ins between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${STANDIN_CACHE:-/var/tmp/paas-atlas-standins}"
PORT="${SMOKE_PORT:-18480}"
RUN_ID="paas-atlas-smoke-$$"
IMAGE="localhost/$RUN_ID"
START_TIMEOUT="${SMOKE_START_TIMEOUT:-120}"

t0=$SECONDS
step() { printf '\n--> %s (%ds)\n' "$1" "$((SECONDS - t0))"; }
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }

# --- tools ---------------------------------------------------------------------------------------------------------
missing=()
for tool in podman runc debootstrap curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ "${#missing[@]}" -gt 0 ]; then
	step "installing ${missing[*]}"
	[ "$(id -u)" -eq 0 ] || fail "run as root (podman here runs rootful; debootstrap needs root)"
	apt-get update -qq && apt-get install -y -qq podman runc debootstrap curl >/dev/null
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
IMPORTED=()
cleanup() {
	local status=$?
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
mkdir -p "$CACHE"
MIRROR=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
JAVA25_HOME="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
make_rootfs() { # make_rootfs PACKAGES TARBALL [JDK_TO_COPY]
	local root="$WORK/rootfs-$(basename "$2" .tar)"
	debootstrap --variant=minbase --include="$1" bookworm "$root" "$MIRROR" > "$root.log" 2>&1 \
		|| { tail -20 "$root.log" >&2; return 1; }
	# The real Temurin images trust the public CAs; where this machine reaches Maven Central through a TLS-inspecting
	# proxy, the stand-in must also trust the CAs this machine added, or the build stage's Maven fails with PKIX.
	if compgen -G "/usr/local/share/ca-certificates/*.crt" > /dev/null; then
		cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
		mount -t proc proc "$root/proc"
		chroot "$root" update-ca-certificates > "$root.ca.log" 2>&1 || { umount "$root/proc"; cat "$root.ca.log" >&2; return 1; }
		umount "$root/proc"
	fi
	if [ -n "${3:-}" ]; then
		mkdir -p "$root/opt/java"
		cp -a "$3" "$root/opt/java/openjdk"
		rm -rf "$root/opt/java/openjdk/"{jmods,lib/src.zip,demo,man}
		ln -s /opt/java/openjdk/bin/java "$root/usr/bin/java"
		mount -t proc proc "$root/proc"    # the java launcher finds its libraries through /proc/self/exe
		local works=0
		chroot "$root" java -version > "$root.java.log" 2>&1 || works=$?
		umount "$root/proc"
		[ "$works" -eq 0 ] || { cat "$root.java.log" >&2; echo "the copied JDK does not run in the rootfs" >&2; return 1; }
	fi
	rm -rf "$root/var/cache/apt/archives/"*.deb "$root/var/lib/apt/lists/"* "$root/usr/share/"{doc,man,info}
	tar -C "$root" -cf "$2.part" . && mv "$2.part" "$2"
	rm -rf "$root"
}
pids=()
for base in "${BASES[@]}"; do
	tarball="$CACHE/$(echo "$base" | tr '/:' '__')-v2.tar"
	jdk=""
	case "$base" in
		*:17-jdk*) packages=openjdk-17-jdk-headless,ca-certificates,curl,wget ;;
		*:17-jre*) packages=openjdk-17-jre-headless,ca-certificates,curl,wget ;;
		*:25-*)
			packages=ca-certificates,curl,wget
			jdk=$JAVA25_HOME
			[ -x "$jdk/bin/java" ] || fail "no Java 25 at $JAVA25_HOME for the $base stand-in"
			;;
		*) fail "no stand-in recipe for $base" ;;
	esac
	if [ ! -s "$tarball" ]; then
		echo "debootstrap $base ($packages${jdk:+, + $jdk}) -> $tarball"
		make_rootfs "$packages" "$tarball" "$jdk" &
		pids+=($!)
	fi
done
for pid in "${pids[@]}"; do wait "$pid" || fail "debootstrap failed"; done
import_pids=()
for base in "${BASES[@]}"; do
	if podman image exists "$base"; then
		echo "$base: present"
		continue
	fi
	tarball="$CACHE/$(echo "$base" | tr '/:' '__')-v2.tar"
	IMPORTED+=("$base")
	podman import --quiet --change 'CMD ["/bin/bash"]' "$tarball" "$base" > /dev/null &
	import_pids+=($!)
	echo "$base: importing $tarball"
done
for pid in "${import_pids[@]}"; do wait "$pid" || fail "podman import failed"; done

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
