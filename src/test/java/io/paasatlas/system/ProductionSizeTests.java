package io.paasatlas.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paasatlas.PaasAtlasApplication;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as the Dockerfile runs it (its {@code JDK_JAVA_OPTIONS}: the 96 MB heap, and
 * {@code -XX:+ExitOnOutOfMemoryError}, which ends the process when the heap runs out) under what anyone on the
 * internet can send: a thousand distinct URLs asked twice each (so that they enter the page cache, which held 64 MB
 * and ended the app after ~640 of them), bodies over the limit, and 1,500 connections that never finish their
 * request (each held ~45 kB of Tomcat's buffers: about a thousand exhausted the heap). It stays up, within
 * {@code fly.toml}'s memory, and serving.
 */
class ProductionSizeTests {

	/** What fly.toml's Machine leaves the JVM: its memory less the guest kernel and init (as FlyTomlTests has it). */
	static final int GUEST_OVERHEAD_MB = 64;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void hostileTrafficLeavesTheAppUpWithinItsMemoryAndServing() throws Exception {
		int port = AppProcess.freePort();
		try (AppProcess app = AppProcess.start(PaasAtlasApplication.class,
				Map.of("PORT", Integer.toString(port), "MALLOC_ARENA_MAX", "2"), dockerfileJvmFlags())) {
			app.awaitOk("/actuator/health/readiness");

			List<String> urls = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				urls.add("/api/providers/fly-io?bust=" + i);
				urls.add("/api/providers/fly-io?bust=" + i);
			}
			assertThat(statuses(app, urls, null)).as(app.output()).containsOnly(200);

			byte[] big = ("{\"instances\":2," + " ".repeat(200_000) + "}").getBytes(StandardCharsets.UTF_8);
			assertThat(statuses(app, Collections.nCopies(40, "/api/estimate"), big))
				.as(app.output()).containsOnly(413);

			List<Socket> unfinished = new ArrayList<>();
			try {
				for (int i = 0; i < 1500; i++) {
					Socket socket = new Socket();
					socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
					OutputStream out = socket.getOutputStream();
					out.write("GET / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.ISO_8859_1));
					out.flush();
					unfinished.add(socket);
				}
			}
			catch (IOException ex) {
				// Tomcat's queue is full: the connections it holds are what this part is about
			}
			Thread.sleep(3000);
			assertThat(app.isAlive()).as(app.output()).isTrue();
			for (Socket socket : unfinished) {
				socket.close();
			}

			assertThat(app.get("/providers").statusCode()).as(app.output()).isEqualTo(200);
			assertThat(app.get("/api/providers/fly-io").statusCode()).isEqualTo(200);
			long peakMb = app.statusKb("VmHWM") / 1024;
			assertThat(peakMb).as("peak RSS against fly.toml's %d MB", flyMemoryMb())
				.isPositive()
				.isLessThan(flyMemoryMb() - GUEST_OVERHEAD_MB);
			assertThat(app.output()).doesNotContain("OutOfMemoryError", "\tat ");
		}
	}

	/**
	 * Sends the requests eight at a time, as a client with a few connections would; returns the status codes, -1
	 * where the connection failed.
	 */
	private List<Integer> statuses(AppProcess app, List<String> paths, byte @Nullable [] body) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (String path : paths) {
				answers.add(clients.submit(() -> {
					HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(60));
					if (body != null) {
						request.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofByteArray(body));
					}
					try {
						return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
					}
					catch (IOException ex) {
						return -1;
					}
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			clients.shutdownNow();
		}
	}

	/**
	 * The Dockerfile's {@code JDK_JAVA_OPTIONS}; on a JVM older than 24, without {@code -XX:+UseCompactObjectHeaders},
	 * which it does not know (objects then take more room: the test is the harder for it).
	 */
	static List<String> dockerfileJvmFlags() throws IOException {
		Matcher matcher = Pattern.compile("(?m)^ENV JDK_JAVA_OPTIONS=\"([^\"]*)\"\\s*$")
			.matcher(Files.readString(Path.of("Dockerfile")));
		assertThat(matcher.find()).as("ENV JDK_JAVA_OPTIONS in the Dockerfile").isTrue();
		List<String> flags = new ArrayList<>(Arrays.asList(matcher.group(1).split("\\s+")));
		assertThat(flags).contains("-Xmx96m", "-XX:+ExitOnOutOfMemoryError");
		if (Runtime.version().feature() < 24) {
			flags.remove("-XX:+UseCompactObjectHeaders");
		}
		return flags;
	}

	static int flyMemoryMb() throws IOException {
		Matcher matcher = Pattern.compile("(?m)^memory\\s*=\\s*\"(\\d+)mb\"").matcher(Files.readString(Path.of("fly.toml")));
		assertThat(matcher.find()).as("[[vm]] memory in fly.toml").isTrue();
		return Integer.parseInt(matcher.group(1));
	}

}
