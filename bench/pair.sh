#!/usr/bin/env bash
# The first page of two revisions, started alternately. On a shared machine whose speed drifts from minute to minute,
# pairs of starts taken one right after the other say more about a change than two medians taken minutes apart
# (bench/all.sh's start section). Each revision is built in a clone of its own and run as the image runs it: the
# extracted jar beside data/, Java 25, that revision's Dockerfile flags and its own trained AOT cache.
#
#   bench/pair.sh BEFORE [AFTER] [PAIRS]      revisions (AFTER: HEAD), PAIRS: 8
#
# Prints each start, then each side's median wall and CPU time to the first 200 of /, the paired differences'
# median and mean, and in how many pairs AFTER was faster. Run it through the build lock on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BEFORE="${1:?usage: bench/pair.sh BEFORE [AFTER] [PAIRS]}"
AFTER="${2:-HEAD}"
PAIRS="${3:-8}"
PORT="${APP_PORT:-8134}"
# shellcheck source=bench/common.sh
. bench/common.sh
need curl git awk
[ -x "$JAVA25/bin/java" ] || { echo "no Java 25 at $JAVA25 (set JAVA25_HOME)" >&2; exit 2; }

WORK=$(mktemp -d)
APP_PID=""
trap 'stop_app; rm -rf "$WORK"' EXIT

# prepare REV SIDE: $WORK/SIDE/app (extracted, cache trained) and $WORK/SIDE/flags, with that revision's Dockerfile
prepare() {
	local dir="$WORK/$2"
	git clone -q "$ROOT" "$dir/src"
	git -C "$dir/src" checkout -q "$(git rev-parse "$1")"
	(
		cd "$dir/src"
		# this script's helpers, that revision's Dockerfile (common.sh reads its flags when sourced)
		# shellcheck source=bench/common.sh
		. "$ROOT/bench/common.sh"
		build_jar
		image_flags
		extract_app "$JAVA25" "$dir/app"
		train_cache "$JAVA25" "$dir/app"
		printf '%s\n' "${IMAGE_FLAGS[@]}" > "$dir/flags"
		echo "${ARENAS:-2}" > "$dir/arenas"
	)
	echo "$2 = $1 ($(git rev-parse --short "$1")): built, AOT cache trained"
}
prepare "$BEFORE" before
prepare "$AFTER" after

EXTRA_JVM=()
: > "$WORK/starts"
for pair in $(seq 1 "$PAIRS"); do
	for side in before after; do
		sleep 2
		APP="$WORK/$side/app"
		mapfile -t IMAGE_FLAGS < "$WORK/$side/flags"
		ARENAS=$(cat "$WORK/$side/arenas")
		start=$(date +%s%N)
		launch_image
		out=$(first_200 "$APP_PID" "$start") || { tail -20 "$APP/app.log" >&2; exit 1; }
		stop_app
		echo "$pair $side $out" | tee -a "$WORK/starts"
	done
done
side() { awk -v side="$1" -v column="$2" '$2 == side { print $column }' "$WORK/starts" | median; }
echo "before: median $(side before 3) ms to the first 200, $(side before 4) ms CPU"
echo "after:  median $(side after 3) ms to the first 200, $(side after 4) ms CPU"
# each pair's before - after, one a line
awk '{ wall[$2, $1] = $3; n = $1 } END { for (i = 1; i <= n; i++) print wall["before", i] - wall["after", i] }' \
	"$WORK/starts" > "$WORK/differences"
echo "paired (before - after): median $(median < "$WORK/differences") ms," \
	"mean $(awk '{ s += $1 } END { printf "%d", s / NR }' "$WORK/differences") ms;" \
	"after faster in $(awk '$1 > 0' "$WORK/differences" | wc -l) of $PAIRS pairs"
