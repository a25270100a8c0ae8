package io.paasatlas.system;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The app as a real operating-system process, started like a Fly.io Machine starts it: configured by environment
 * variables ({@code PORT}, {@code DATABASE_URL}) and stopped by a signal. Its output is collected for assertions.
 */
final class AppProcess implements AutoCloseable {

	/** Generous: a loaded two-core CI machine may start Spring slowly. */
	static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private final Process process;

	private final int port;

	private final StringBuffer output = new StringBuffer();

	private final Thread reader;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private AppProcess(Process process, int port) {
		this.process = process;
		this.port = port;
		this.reader = new Thread(this::collect, "app-output-" + process.pid());
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/**
	 * Starts {@code mainClass} from the test class path with the given environment variables (added to a copy of
	 * this JVM's environment from which {@code PORT}, {@code DATABASE_URL} and {@code SPRING_*} are removed).
	 */
	static AppProcess start(Class<?> mainClass, Map<String, String> environment) {
		// start fast and small: these processes serve a handful of requests, so they skip the warm-up as well
		Map<String, String> fast = new HashMap<>(environment);
		fast.putIfAbsent("ATLAS_WARMUP_ENABLED", "false");
		return start(mainClass, fast, FAST_FLAGS);
	}

	/** Small and quick to start, for processes that serve a handful of requests. */
	static final List<String> FAST_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx256m");

	/**
	 * A build started in the background (a shell's {@code &} without job control) ignores SIGINT, every child inherits
	 * that, and a JVM does not handle a signal it was started ignoring: the app would be deaf to the SIGINT Fly.io
	 * sends. {@code env --default-signal} (GNU coreutils 8.31+) restores the default before the JVM starts, so the
	 * signal tests see what a container's PID 1 sees; where it is missing, the app starts as before.
	 */
	private static final List<String> SIGNALS_RESET = signalsReset();

	/** The same with the JVM flags given, e.g. the Dockerfile's. */
	static AppProcess start(Class<?> mainClass, Map<String, String> environment, List<String> jvmFlags) {
		return start(mainClass, environment, jvmFlags, aot());
	}

	/** The same, AOT-processed ({@code -Dspring.aot.enabled=true}) or not. */
	static AppProcess start(Class<?> mainClass, Map<String, String> environment, List<String> jvmFlags, boolean aot) {
		List<String> command = new ArrayList<>(SIGNALS_RESET);
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmFlags);
		if (aot) {
			// as the image runs it; without process-aot's classes the app would not start, so say why here
			String initializer = mainClass.getName() + "__ApplicationContextInitializer";
			if (AppProcess.class.getClassLoader().getResource(initializer.replace('.', '/') + ".class") == null) {
				throw new IllegalStateException("no " + initializer + ": run the tests after process-aot (mvn verify)");
			}
			command.add("-Dspring.aot.enabled=true");
		}
		command.addAll(List.of("-cp", deployedClassPath(), mainClass.getName()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.keySet().removeIf((name) -> name.equals("PORT") || name.equals("DATABASE_URL") || name.startsWith("SPRING_"));
		env.putAll(environment);
		String port = environment.getOrDefault("PORT", "0");
		try {
			return new AppProcess(builder.start(), Integer.parseInt(port));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The test class path without DevTools, as the packaged jar has it: with DevTools the app would run in a restart
	 * class loader of its own, and a failed start would exit with 0.
	 */
	private static String deployedClassPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !Path.of(entry).getFileName().toString().startsWith("spring-boot-devtools"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	/**
	 * Whether the processes run the AOT-processed app, as the image does: the build's second test run (the surefire
	 * execution {@code aot}, after {@code process-aot}) sets {@code atlas.test.aot}.
	 */
	static boolean aot() {
		return Boolean.getBoolean("atlas.test.aot");
	}

	/** A TCP port that was free a moment ago. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void collect() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				this.output.append(line).append('\n');
			}
		}
		catch (IOException ex) {
			this.output.append("[output unreadable: ").append(ex).append("]\n");
		}
	}

	int port() {
		return this.port;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** A line of {@code /proc/PID/status} in kB, e.g. {@code VmHWM}, the peak resident memory; -1 where there is none. */
	long statusKb(String field) throws IOException {
		Path status = Path.of("/proc", Long.toString(this.process.pid()), "status");
		if (!Files.isReadable(status)) {
			return -1;
		}
		return Files.readAllLines(status).stream()
			.filter((line) -> line.startsWith(field + ":"))
			.mapToLong((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")))
			.findFirst()
			.orElse(-1);
	}

	String output() {
		return this.output.toString();
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Waits until {@code path} answers 200; fails early with the output if the process dies. */
	void awaitOk(String path) throws InterruptedException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new AssertionError("the app exited with " + this.process.exitValue() + " before " + path
						+ " answered 200:\n" + output());
			}
			try {
				if (get(path).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new AssertionError(path + " did not answer 200 within " + START_TIMEOUT + ":\n" + output());
	}

	/** Waits until the output contains {@code text}. */
	void awaitOutput(String text, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!output().contains(text)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("no '" + text + "' in the output within " + timeout + ":\n" + output());
			}
			Thread.sleep(20);
		}
	}

	private static List<String> signalsReset() {
		List<String> reset = List.of("env", "--default-signal=INT,TERM");
		try {
			Process probe = new ProcessBuilder(concat(reset, List.of("true"))).redirectErrorStream(true).start();
			probe.getInputStream().transferTo(OutputStream.nullOutputStream());
			return (probe.waitFor() == 0) ? reset : List.of();
		}
		catch (IOException ex) {
			return List.of();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return List.of();
		}
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	/** Sends a signal by name ({@code INT}, {@code TERM}) as {@code kill -s} does. */
	void signal(String name) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(this.process.pid())).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new AssertionError("kill -s " + name + " failed");
		}
	}

	/** Waits for the process to end; returns its exit status. */
	int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("the app did not exit within " + timeout + ":\n" + output());
		}
		this.reader.join(5_000);
		return this.process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
	}

}
