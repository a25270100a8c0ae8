# PaaS Atlas for Fly.io: built with the Maven wrapper on a JDK image, run on a JRE image as a non-root user.
#
#   docker build -t paas-atlas .   &&   docker run --rm -p 8080:8080 --memory 512m paas-atlas
#
# The JVM settings are sized for the fly.toml Machine (shared-cpu-1x, 512 MB) and measured by bench/all.sh;
# scripts/container-smoke.sh builds and runs this file with podman. The build stage uses Java 17, the version the
# POM compiles for; the run stage uses Java 25 for its AOT cache.

# --- build ------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
# The wrapper checks Maven's zip against the SHA-256 in maven-wrapper.properties; without unzip it would fetch the
# tar.gz instead and fail that check. The Temurin images have curl and wget, not unzip.
RUN apt-get update \
	&& apt-get install -y --no-install-recommends unzip \
	&& rm -rf /var/lib/apt/lists/*
# Wrapper and POM first: this layer, with every dependency, is rebuilt only when they change.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q dependency:go-offline
COPY src/main/ src/main/
COPY data/ data/
# Tests run in CI before a deploy (.github/workflows); the image build only packages.
RUN ./mvnw -B -q -Dmaven.test.skip=true package \
	&& java -Djarmode=tools -jar target/paas-atlas-*.jar extract --layers --application-filename app.jar \
		--destination extracted

# --- run --------------------------------------------------------------------------------------------------------
# Java 25 runs the Java 17 bytecode: with its AOT cache the app starts about 20% sooner than on Java 17 with a CDS
# archive (5.4 s against 6.9 s to the first page), for 10 MB more memory (bench/startup.sh; table in the README).
FROM eclipse-temurin:25-jre
RUN groupadd --gid 10001 atlas \
	&& useradd --uid 10001 --gid atlas --home-dir /app --no-create-home --shell /usr/sbin/nologin atlas
WORKDIR /app
# The extracted jar, least-changing layer first; owned by root, so the app cannot modify itself.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
# The catalog and the region data in the working directory, where the app looks first (data/providers,
# data/metros.yaml): the image is self-contained and serves exactly the data it was built from. The jar also holds
# the catalog compiled from the same files by process-aot (catalog/compiled.jsonl): the app reads that instead of
# parsing and validating the YAML, as long as these files are the ones it was compiled from.
COPY data/ data/
COPY --from=build /workspace/extracted/application/ ./

# Files are read as UTF-8 whatever locale the base image sets.
ENV LANG=C.UTF-8
# glibc's malloc keeps up to 8 arenas per core; 2 is plenty for a JVM whose heap is its own and saves RSS.
ENV MALLOC_ARENA_MAX=2
# Sized for 512 MB (fly.toml [[vm]]): a 96 MB heap (the catalog, H2 and the page cache keep ~60 MB live), serial GC
# (one shared vCPU), compact object headers (smaller objects), small thread stacks, capped code cache and
# metaspace. C1 only: a third of C2's peak throughput, but a faster start, less memory and no compiler threads
# eating a shared CPU's budget. SweeperThreshold=50: with the capped code cache, the default (15%) made the JIT's
# growth during start-up trigger two full collections ("CodeCache GC Threshold", 160 ms of pauses); unused code is
# still unloaded as the cache fills. TrimNativeHeapInterval: glibc keeps freed native memory; trimmed every 5 s,
# 4-5 MB less RSS after load, p99 unchanged (alternated runs). bench/all.sh measures these flags;
# bench/footprint.properties records it.
ENV JDK_JAVA_OPTIONS="-XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:TieredStopAtLevel=1 -Xss512k -Xms32m -Xmx96m -XX:ReservedCodeCacheSize=32m -XX:SweeperThreshold=50 -XX:MaxMetaspaceSize=128m -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"

# Start-up: Spring AOT (the bean definitions computed at build time by process-aot, used with
# -Dspring.aot.enabled=true) and the JDK's AOT cache (JEP 483/514/515) trained on traffic: one training start whose
# warm-up opens the site's pages, stopped with SIGTERM (scripts/train-aot-cache.sh); every later start maps the
# classes, linked, with the profiles of the methods that serving pages needs. The training runs with the same flags
# except the metaspace cap, which is too small for writing the cache. bench/all.sh measures the result.
COPY scripts/train-aot-cache.sh /tmp/
RUN sh /tmp/train-aot-cache.sh -Dspring.aot.enabled=true \
	&& rm /tmp/train-aot-cache.sh \
	&& chmod 0444 app.aot

USER atlas
# Fly.io routes to internal_port 8080 (fly.toml); the app listens on $PORT, 8080 when unset.
ENV PORT=8080
EXPOSE 8080
# java as PID 1 of the container receives the stop signal itself; SIGINT and SIGTERM both shut down gracefully
# and exit 0 (io.paasatlas.system.GracefulExit).
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-Dspring.aot.enabled=true", "-jar", "app.jar"]
