package io.paasatlas.system;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Opens the app's own pages over HTTP once the server listens and before readiness turns UP (runners run before
 * Boot publishes {@code ACCEPTING_TRAFFIC}, and Fly.io routes on the readiness check): templates compiled, classes
 * loaded and compiled by the JIT, the pages people open first in the {@link PageCache}, and the app's 400 page
 * handed to {@link ContainerErrorValve}. Without it, the first visitors after a start or a deploy pay for all that
 * at once: 64 connections in the first 20 s timed out. It follows links breadth-first from the home page, at most
 * {@value #MAX_PAGES} pages, asks for each twice (the cache keeps a page from its second request on), and never
 * fails the start: if a page does not answer, the warm-up ends with a log line. Last, it asks for a full collection:
 * the start promotes garbage that fills the 96 MB heap's old generation within seconds of load, and the serial
 * collector's full collection of it (~180 ms) would otherwise stall the first visitors.
 */
@Component
class Warmup implements ApplicationRunner {

	static final int MAX_PAGES = 40;

	/** Pages no link leads to that visitors and API clients ask for. */
	static final List<String> SEEDS = List.of("/", "/api/providers", "/api/openapi.json", "/no-such-page");

	/** A request Tomcat reads but the app rejects with 400: its answer is the app's 400 page. */
	static final String BAD_REQUEST = "/?warmup=%zz";

	private static final Log logger = LogFactory.getLog(Warmup.class);

	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)");

	private final ApplicationContext context;

	private final TomcatSettings tomcat;

	private final boolean enabled;

	private final List<String> warmed = new ArrayList<>();

	private long finishedAt;

	private @Nullable FullCollection collection;

	Warmup(ApplicationContext context, TomcatSettings tomcat, @Value("${atlas.warmup.enabled:true}") boolean enabled) {
		this.context = context;
		this.tomcat = tomcat;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		WebServer server = (this.context instanceof WebServerApplicationContext web) ? web.getWebServer() : null;
		if (!this.enabled || server == null || server.getPort() <= 0) {
			return;
		}
		long start = System.nanoTime();
		int port = server.getPort();
		try {
			crawl(port);
			Answer bad = get(port, BAD_REQUEST, false);
			if (bad.status() == 400 && bad.contentType() != null && bad.contentType().startsWith("text/html")) {
				this.tomcat.errorValve().useBadRequestPage(bad.body(), bad.contentType());
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Warm-up stopped after " + this.warmed.size() + " pages: " + ex);
		}
		FullCollection collection = FullCollection.run();
		this.collection = collection;
		this.finishedAt = System.currentTimeMillis();
		logger.info("Warm-up: " + this.warmed.size() + " pages in " + (System.nanoTime() - start) / 1_000_000
				+ " ms, then " + collection + ", before accepting traffic");
	}

	/** The pages opened, in order. */
	List<String> warmed() {
		return List.copyOf(this.warmed);
	}

	/** When the warm-up ended, in epoch milliseconds; 0 if it did not run. */
	long finishedAt() {
		return this.finishedAt;
	}

	/** The collection that ended the warm-up; null if it did not run. */
	@Nullable FullCollection collection() {
		return this.collection;
	}

	private void crawl(int port) throws IOException {
		Deque<String> queue = new ArrayDeque<>(SEEDS);
		Set<String> seen = new LinkedHashSet<>(SEEDS);
		while (!queue.isEmpty() && this.warmed.size() < MAX_PAGES) {
			String path = queue.poll();
			Answer answer = get(port, path, false);
			get(port, path, true);
			this.warmed.add(path);
			if (answer.status() != 200 || answer.contentType() == null || !answer.contentType().startsWith("text/html")) {
				continue;
			}
			for (String link : links(answer.body())) {
				if (seen.add(link)) {
					queue.add(link);
					if (link.startsWith("/providers/") && link.indexOf('/', 11) < 0 && seen.add("/api" + link)) {
						queue.add("/api" + link);
					}
				}
			}
		}
	}

	/** Links to the app's own pages, as the page writes them; assets, CSV downloads and actuator left out. */
	static List<String> links(byte[] html) {
		Matcher matcher = LINK.matcher(new String(html, StandardCharsets.UTF_8));
		Set<String> links = new LinkedHashSet<>();
		while (matcher.find()) {
			String link = matcher.group(1).replace("&amp;", "&");
			if (!link.startsWith("//") && !link.startsWith("/css/") && !link.startsWith("/favicon")
					&& !link.startsWith("/actuator") && !link.contains("format=csv")) {
				links.add(link);
			}
		}
		return List.copyOf(links);
	}

	private static Answer get(int port, String path, boolean gzip) throws IOException {
		// URL, not URI: a URI refuses the bad %-escape of BAD_REQUEST
		HttpURLConnection connection = (HttpURLConnection) new URL("http", "127.0.0.1", port, path).openConnection();
		connection.setConnectTimeout(10_000);
		connection.setReadTimeout(30_000);
		connection.setRequestProperty("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
		if (gzip) {
			connection.setRequestProperty("Accept-Encoding", "gzip");
		}
		try {
			int status = connection.getResponseCode();
			InputStream in = (status >= 400) ? connection.getErrorStream() : connection.getInputStream();
			byte[] body = (in != null) ? in.readAllBytes() : new byte[0];
			return new Answer(status, connection.getContentType(), body);
		}
		finally {
			connection.disconnect();
		}
	}

	private record Answer(int status, String contentType, byte[] body) {
	}

	/**
	 * A full collection asked for with {@link System#gc()}: the heap in use before and after, its time, and how many
	 * collections the JVM's collectors counted during it (0 where explicit collections are disabled).
	 */
	record FullCollection(long usedBefore, long usedAfter, long millis, long collections) {

		static FullCollection run() {
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			long before = memory.getHeapMemoryUsage().getUsed();
			long count = counted();
			long start = System.nanoTime();
			System.gc();
			long millis = (System.nanoTime() - start) / 1_000_000;
			return new FullCollection(before, memory.getHeapMemoryUsage().getUsed(), millis, counted() - count);
		}

		private static long counted() {
			long count = 0;
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				count += Math.max(0, collector.getCollectionCount());
			}
			return count;
		}

		@Override
		public String toString() {
			return "a full collection (" + this.usedBefore / 1_048_576 + " -> " + this.usedAfter / 1_048_576
					+ " MB of heap in " + this.millis + " ms)";
		}

	}

}
