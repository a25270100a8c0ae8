# Sourced by the benchmarks: checks the tools they need and reads the image's JVM settings from the Dockerfile.
#   need TOOL...   exits with 2 naming the first tool that is missing
#   FLAGS          the Dockerfile's JDK_JAVA_OPTIONS
#   ARENAS         the Dockerfile's MALLOC_ARENA_MAX
need() {
	for tool in "$@"; do
		command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y $*)" >&2; exit 2; }
	done
}
FLAGS=$(sed -n 's/^ENV JDK_JAVA_OPTIONS="\([^"]*\)"$/\1/p' Dockerfile)
ARENAS=$(sed -n 's/^ENV MALLOC_ARENA_MAX=\([0-9]*\)$/\1/p' Dockerfile)
[ -n "$FLAGS" ] || { echo "no ENV JDK_JAVA_OPTIONS=\"...\" line in the Dockerfile" >&2; exit 2; }
