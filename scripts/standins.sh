#!/usr/bin/env bash
# Stand-ins for the base images the smoke tests build on: no container registry is reachable here, so each image a
# Dockerfile names in FROM is a local Debian rootfs made by mmdebstrap and imported under that name.
#
#   scripts/standins.sh [IMAGE...]             make the rootfs tarballs that are not cached yet
#   scripts/standins.sh --import IMAGE...      the same, then import each IMAGE podman lacks; prints each one it
#                                              imported, for the caller to remove when done
#
# Without IMAGE: every image the smoke tests use (the Dockerfile's FROM images and the Fly.io kit's python image);
# .ci/run makes them in the background while the tests run. Run as root (mmdebstrap runs as root here).
#
# Recipes, all minbase without documentation (like the slim images):
#   *:17-jdk*, *:17-jre*   Debian 12 with Debian's OpenJDK 17, curl, wget and CA certificates (the Temurin build
#                          stage's tools), plus the CAs this machine added (a TLS-inspecting proxy in front of
#                          Maven Central would otherwise fail the build stage with PKIX)
#   *:25-*                 Debian 12 with curl, wget, CA certificates and a copy of this machine's Temurin 25
#                          ($JAVA25_HOME) at /opt/java/openjdk, java on PATH, as in the Temurin images
#   python:3.13-slim       Debian 13 with python3, pip, python-is-python3, python3-flask and gunicorn, without
#                          Debian's EXTERNALLY-MANAGED marker (the official image has none either); the Fly.io kit
#                          pins Flask and gunicorn to exactly those Debian versions
# The tarballs are cached in $STANDIN_CACHE (/var/tmp/paas-atlas-standins), so only a machine's first run pays:
# all three at once about 75 s on 2 cores (the JDK 17 one alone 52-60 s, the Python one 28 s, where debootstrap
# took 56 s).
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${STANDIN_CACHE:-/var/tmp/paas-atlas-standins}"
JAVA25_HOME="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
MIRROR=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
# no documentation (OpenJDK's update-alternatives still needs the man1 folder); no fsync: the rootfs is thrown away
# once it is a tarball
SLIM=(--variant=minbase --format=tar --dpkgopt='path-exclude=/usr/share/doc/*'
	--dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/info/*'
	--setup-hook='mkdir -p "$1/usr/share/man/man1"' --dpkgopt=force-unsafe-io)

fail() { echo "STAND-INS FAILED: $*" >&2; exit 1; }

import=no
if [ "${1:-}" = --import ]; then
	import=yes
	shift
fi
images=("$@")
if [ "${#images[@]}" -eq 0 ]; then
	mapfile -t images < <(awk 'toupper($1) == "FROM" { print $2 }' Dockerfile | sort -u)
	images+=(python:3.13-slim)
fi
command -v mmdebstrap > /dev/null || fail "mmdebstrap is missing (.ci/run installs it)"
mkdir -p "$CACHE"

tarball() { # tarball IMAGE: its cached rootfs
	local name=${1#docker.io/library/}
	echo "$CACHE/$(echo "$name" | tr '/:' '__')-v3.tar"
}

make_tarball() { # make_tarball IMAGE TARBALL LOG
	local image=${1#docker.io/library/} suite=bookworm packages=ca-certificates,curl,wget hooks=()
	case "$image" in
		*:17-jdk*) packages+=,openjdk-17-jdk-headless ;;
		*:17-jre*) packages+=,openjdk-17-jre-headless ;;
		*:25-*)
			[ -x "$JAVA25_HOME/bin/java" ] || { echo "no Java 25 at $JAVA25_HOME for the $image stand-in"; return 1; }
			# the java launcher finds its libraries through /proc/self/exe: mmdebstrap mounts /proc for hooks
			hooks+=(--customize-hook="mkdir -p \"\$1/opt/java\" && cp -a '$JAVA25_HOME' \"\$1/opt/java/openjdk\""
				--customize-hook='cd "$1/opt/java/openjdk" && rm -rf jmods lib/src.zip demo man'
				--customize-hook='ln -s /opt/java/openjdk/bin/java "$1/usr/bin/java" && chroot "$1" java -version')
			;;
		python:3.13-slim)
			suite=trixie
			packages=python3,python3-pip,python-is-python3,python3-flask,gunicorn,ca-certificates
			hooks+=(--customize-hook='rm -f "$1"/usr/lib/python3*/EXTERNALLY-MANAGED')
			;;
		*) echo "no stand-in recipe for $image"; return 1 ;;
	esac
	if [ "$suite" = bookworm ] && compgen -G "/usr/local/share/ca-certificates/*.crt" > /dev/null; then
		hooks+=(--customize-hook='cp /usr/local/share/ca-certificates/*.crt "$1/usr/local/share/ca-certificates/"'
			--customize-hook='chroot "$1" update-ca-certificates')
	fi
	echo "mmdebstrap $suite ($packages) for $1 -> $2" >&2
	mmdebstrap "${SLIM[@]}" --include="$packages" "${hooks[@]}" "$suite" "$2.part" "$MIRROR" > "$3" 2>&1 \
		|| { tail -20 "$3"; return 1; }
	mv "$2.part" "$2"
}

LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
pids=()
for image in "${images[@]}"; do
	file=$(tarball "$image")
	[ -s "$file" ] && continue
	make_tarball "$image" "$file" "$LOGS/$(basename "$file").log" >&2 &
	pids+=($!)
done
# wait for every job before failing: one left running would still be writing its tarball when a caller retries
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
[ "$failed" -eq 0 ] || fail "mmdebstrap"

[ "$import" = yes ] || exit 0
import_pids=()
for image in "${images[@]}"; do
	podman image exists "$image" && continue
	podman import --quiet --change 'CMD ["/bin/bash"]' "$(tarball "$image")" "$image" > /dev/null &
	import_pids+=($!)
	echo "$image"
done
for pid in "${import_pids[@]}"; do wait "$pid" || failed=1; done
[ "$failed" -eq 0 ] || fail "podman import"
