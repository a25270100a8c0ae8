package io.paasatlas.deploy;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.PropertyPlaceholderHelper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code fly.toml} read as TOML and held against what it describes: the app's default port, the Dockerfile, the
 * health endpoint of the running app, the graceful shutdown, and the memory that {@code bench/startup.sh} measured
 * (recorded in {@code bench/footprint.properties}). A change on one side without the other fails the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FlyTomlTests {

	/** What the guest kernel, Fly's init and the page cache need beside the JVM in a Machine's memory. */
	static final int GUEST_OVERHEAD_MB = 64;

	/** Keys flyctl knows (internal/appconfig/config.go and the configuration reference), so a typo fails here. */
	static final Set<String> TOP_LEVEL_KEYS = Set.of("app", "primary_region", "kill_signal", "kill_timeout",
			"swap_size_mb", "console_command", "host_dedication_id", "machine_config", "container", "experimental",
			"build", "deploy", "env", "processes", "mounts", "http_service", "services", "checks", "files",
			"machine_checks", "restart", "vm", "statics", "metrics");

	static final Set<String> HTTP_SERVICE_KEYS = Set.of("internal_port", "force_https", "auto_stop_machines",
			"auto_start_machines", "min_machines_running", "processes", "concurrency", "http_options", "tls_options",
			"checks", "machine_checks");

	static final Set<String> CHECK_KEYS = Set.of("grace_period", "interval", "timeout", "method", "path", "protocol",
			"tls_server_name", "tls_skip_verify", "headers");

	static final Set<String> VM_KEYS = Set.of("size", "memory", "cpus", "cpu_kind", "kernel_args",
			"host_dedication_id", "persist_rootfs", "processes", "memory_mb", "gpus", "gpu_kind");

	static final Set<String> KILL_SIGNALS = Set.of("SIGINT", "SIGTERM");

	static final Path FLY_TOML = Path.of("fly.toml");

	final JsonNode fly = new TomlMapper().readTree(FLY_TOML);

	final String dockerfile = read(Path.of("Dockerfile"));

	final Properties application = properties(Path.of("src/main/resources/application.properties"));

	final Properties footprint = properties(Path.of("bench/footprint.properties"));

	@LocalServerPort
	int port;

	@Test
	void usesOnlyKeysThatFlyctlKnows() {
		assertThat(this.fly.propertyNames()).isSubsetOf(TOP_LEVEL_KEYS);
		assertThat(this.fly.path("http_service").propertyNames()).isSubsetOf(HTTP_SERVICE_KEYS);
		for (JsonNode check : this.fly.path("http_service").path("checks")) {
			assertThat(check.propertyNames()).isSubsetOf(CHECK_KEYS);
		}
		for (JsonNode vm : this.fly.path("vm")) {
			assertThat(vm.propertyNames()).isSubsetOf(VM_KEYS);
		}
		assertThat(this.fly.path("app").asString()).matches("[a-z0-9][a-z0-9-]*");
		assertThat(this.fly.path("primary_region").asString()).matches("[a-z]{3}");
		assertThat(this.fly.path("build").path("dockerfile").asString()).isEqualTo("Dockerfile");
		this.fly.path("env").properties().forEach((entry) -> assertThat(entry.getValue().isString())
			.as("[env] values are strings: %s", entry.getKey()).isTrue());
	}

	@Test
	void internalPortIsTheDockerfilesExposeAndTheAppsDefaultPort() {
		int internalPort = this.fly.path("http_service").path("internal_port").asInt();
		String serverPort = this.application.getProperty("server.port");
		// ${PORT:8080} with PORT unset
		int defaultPort = Integer.parseInt(new PropertyPlaceholderHelper("${", "}", ":", null, true)
			.replacePlaceholders(serverPort, (name) -> null));
		assertThat(serverPort).as("the app honours $PORT").startsWith("${PORT:");
		assertThat(internalPort).isEqualTo(8080).isEqualTo(defaultPort);
		assertThat(all("(?m)^EXPOSE\\s+(\\d+)\\s*$")).containsExactly(String.valueOf(internalPort));
		assertThat(all("(?m)^ENV PORT=(\\d+)\\s*$")).containsExactly(String.valueOf(internalPort));
		assertThat(this.fly.path("env").path("PORT").asString()).isEqualTo(String.valueOf(internalPort));
	}

	@Test
	void machinesStopWhenIdleStartOnRequestAndServeHttpsOnly() {
		JsonNode service = this.fly.path("http_service");
		assertThat(service.path("force_https").booleanValue()).isTrue();
		assertThat(service.path("auto_stop_machines").asString()).isEqualTo("stop");
		assertThat(service.path("auto_start_machines").booleanValue()).isTrue();
		assertThat(service.path("min_machines_running").isIntegralNumber()).isTrue();
		assertThat(service.path("min_machines_running").asInt()).isBetween(0, 3);
	}

	@Test
	void theProxyStopsBeforeTheAppRunsOutOfConnections() {
		JsonNode concurrency = this.fly.path("http_service").path("concurrency");
		assertThat(concurrency.path("type").asString()).isEqualTo("requests");
		int soft = concurrency.path("soft_limit").asInt();
		int hard = concurrency.path("hard_limit").asInt();
		int maxConnections = Integer.parseInt(this.application.getProperty("server.tomcat.max-connections"));
		assertThat(soft).isPositive().isLessThanOrEqualTo(hard);
		assertThat(hard).as("hard_limit against server.tomcat.max-connections").isLessThan(maxConnections);
	}

	@Test
	void theHealthCheckPathAnswers200() throws Exception {
		JsonNode checks = this.fly.path("http_service").path("checks");
		assertThat(checks.size()).isGreaterThanOrEqualTo(1);
		HttpClient http = HttpClient.newHttpClient();
		for (JsonNode check : checks) {
			String path = check.path("path").asString();
			assertThat(path).startsWith("/actuator/health");
			assertThat(check.path("method").stringValue("GET")).isEqualTo("GET");
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).contains("\"status\":\"UP\"");
			// the grace period leaves a slow shared CPU many times the start measured here
			long startMillis = Long.parseLong(this.footprint.getProperty("startup.first-200.median.ms"));
			assertThat(duration(check.path("grace_period").asString()).toMillis()).isGreaterThanOrEqualTo(5 * startMillis);
			assertThat(duration(check.path("timeout").asString()))
				.isLessThan(duration(check.path("interval").asString()));
		}
	}

	@Test
	void onlyHealthAndInfoAreExposed() {
		assertThat(this.application.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info");
	}

	@Test
	void theKillSignalAndTimeoutLetTheGracefulShutdownFinish() {
		assertThat(this.fly.path("kill_signal").stringValue("SIGINT")).isIn(KILL_SIGNALS);
		assertThat(this.application.getProperty("server.shutdown")).isEqualTo("graceful");
		Duration phase = DurationStyle.detectAndParse(this.application.getProperty("spring.lifecycle.timeout-per-shutdown-phase"));
		JsonNode killTimeout = this.fly.path("kill_timeout");
		Duration kill = killTimeout.isIntegralNumber() ? Duration.ofSeconds(killTimeout.asInt())
				: duration(killTimeout.asString());
		assertThat(kill).isGreaterThanOrEqualTo(phase.plusSeconds(5)).isLessThanOrEqualTo(Duration.ofSeconds(300));
	}

	@Test
	void theVmHoldsTheMeasuredFootprint() {
		JsonNode vm = this.fly.path("vm").get(0);
		assertThat(vm.path("size").asString()).isEqualTo("shared-cpu-1x");
		int memoryMb = megabytes(vm.path("memory"));
		int peakMb = Integer.parseInt(this.footprint.getProperty("rss.peak.mb"));
		int afterLoadMb = Integer.parseInt(this.footprint.getProperty("rss.after-load.mb"));
		assertThat(afterLoadMb).isLessThanOrEqualTo(peakMb);
		assertThat(memoryMb).as("[[vm]] memory vs the measured peak RSS (%d MB) + %d MB for the guest", peakMb,
				GUEST_OVERHEAD_MB)
			.isGreaterThanOrEqualTo(peakMb + GUEST_OVERHEAD_MB);
		// shared-cpu-1x takes 256 MB to 2 GB, in steps of 256 MB
		assertThat(memoryMb % 256).isZero();
		assertThat(memoryMb).isBetween(256, 2048);
	}

	@Test
	void theFootprintWasMeasuredWithTheDockerfilesJvmFlags() {
		String flags = dockerJvmFlags();
		assertThat(this.footprint.getProperty("jvm.flags")).as("re-run bench/startup.sh after changing the flags")
			.isEqualTo(flags);
	}

	@Test
	void theJvmsMemoryCapsLeaveRoomInTheVm() {
		String flags = dockerJvmFlags();
		int heap = flagMegabytes(flags, "-Xmx(\\d+[mMgG])");
		int metaspace = flagMegabytes(flags, "-XX:MaxMetaspaceSize=(\\d+[mMgG])");
		int codeCache = flagMegabytes(flags, "-XX:ReservedCodeCacheSize=(\\d+[mMgG])");
		int memoryMb = megabytes(this.fly.path("vm").get(0).path("memory"));
		assertThat(heap + metaspace + codeCache + GUEST_OVERHEAD_MB).isLessThan(memoryMb);
		assertThat(flags).contains("-XX:+ExitOnOutOfMemoryError");
	}

	@Test
	void everyValueInFlyTomlSaysWhy() throws IOException {
		List<String> lines = Files.readAllLines(FLY_TOML);
		List<String> unexplained = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith("[")) {
				continue;
			}
			boolean commented = line.contains(" # ") || (i > 0 && lines.get(i - 1).strip().startsWith("#"));
			if (!commented) {
				unexplained.add(line);
			}
		}
		assertThat(unexplained).as("values without a comment").isEmpty();
	}

	private String dockerJvmFlags() {
		List<String> flags = all("(?m)^ENV JDK_JAVA_OPTIONS=\"([^\"]*)\"\\s*$");
		assertThat(flags).hasSize(1);
		return flags.get(0);
	}

	private List<String> all(String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(this.dockerfile);
		List<String> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	/** "512mb", "1gb" or a number of megabytes, as fly.toml's [[vm]] memory takes it. */
	static int megabytes(JsonNode memory) {
		if (memory.isIntegralNumber()) {
			return memory.asInt();
		}
		Matcher matcher = Pattern.compile("(\\d+)\\s*(mb|gb)", Pattern.CASE_INSENSITIVE).matcher(memory.asString());
		assertThat(matcher.matches()).as("memory %s", memory).isTrue();
		int value = Integer.parseInt(matcher.group(1));
		return matcher.group(2).equalsIgnoreCase("gb") ? value * 1024 : value;
	}

	private static int flagMegabytes(String flags, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(flags);
		assertThat(matcher.find()).as("%s in %s", regex, flags).isTrue();
		String value = matcher.group(1);
		int number = Integer.parseInt(value.substring(0, value.length() - 1));
		return Character.toLowerCase(value.charAt(value.length() - 1)) == 'g' ? number * 1024 : number;
	}

	/** Fly's durations: "30s", "500ms", "1m"; a bare number is milliseconds. */
	static Duration duration(String text) {
		return text.matches("\\d+") ? Duration.ofMillis(Long.parseLong(text)) : DurationStyle.SIMPLE.parse(text);
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + path, ex);
		}
	}

	private static Properties properties(Path path) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(path)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + path, ex);
		}
		return properties;
	}

}
