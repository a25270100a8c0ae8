package io.paasatlas.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page is rendered once at a time: requests for a URL whose rendering is under way wait for it and answer with
 * its page, and render it themselves where that page is not one to share.
 */
class PageCacheFilterTests {

	private static final String CLIENT = "page-cache-client-";

	private static final AtomicInteger THREADS = new AtomicInteger();

	private final PageCacheFilter filter = new PageCacheFilter(true, 5, DataSize.ofKilobytes(64),
			DataSize.ofMegabytes(1));

	/** Named, so that {@link #awaitWaiting} counts these threads only. */
	private final ExecutorService clients = Executors.newFixedThreadPool(8,
			(task) -> new Thread(task, CLIENT + THREADS.incrementAndGet()));

	@AfterEach
	void stop() {
		this.clients.shutdownNow();
		this.filter.destroy();
	}

	@Test
	void requestsForAPageBeingRenderedWaitForThatRendering() throws Exception {
		Renderer renderer = new Renderer(HttpServletResponse.SC_OK);
		Future<MockHttpServletResponse> first = this.clients.submit(() -> get("/compare?providers=a,b", renderer));
		assertThat(renderer.started.await(10, TimeUnit.SECONDS)).isTrue();
		Future<?>[] others = new Future<?>[6];
		for (int i = 0; i < others.length; i++) {
			others[i] = this.clients.submit(() -> get("/compare?providers=a,b", renderer));
		}
		awaitWaiting(others.length);
		renderer.finish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo(Renderer.BODY);
		for (Future<?> other : others) {
			MockHttpServletResponse response = (MockHttpServletResponse) other.get(10, TimeUnit.SECONDS);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).isEqualTo(Renderer.BODY);
			assertThat(response.getHeader("ETag")).isEqualTo(first.get().getHeader("ETag"));
			assertThat(response.getHeader("X-Rendered")).as("the page's own headers").isEqualTo("yes");
		}
		assertThat(renderer.renderings.get()).isEqualTo(1);
		assertThat(this.filter.cache().get("/compare?providers=a,b")).as("asked for again: kept").isNotNull();
	}

	@Test
	void anAnswerNotToShareIsRenderedForEachRequest() throws Exception {
		Renderer renderer = new Renderer(HttpServletResponse.SC_NOT_FOUND);
		Future<MockHttpServletResponse> first = this.clients.submit(() -> get("/providers/nowhere", renderer));
		assertThat(renderer.started.await(10, TimeUnit.SECONDS)).isTrue();
		Future<MockHttpServletResponse> second = this.clients.submit(() -> get("/providers/nowhere", renderer));
		awaitWaiting(1);
		renderer.finish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(404);
		assertThat(second.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(404);
		assertThat(renderer.renderings.get()).isEqualTo(2);
		assertThat(this.filter.cache().size()).isZero();
	}

	@Test
	void aFailedRenderingLetsTheWaitingRenderThePageThemselves() throws Exception {
		Renderer renderer = new Renderer(HttpServletResponse.SC_OK);
		renderer.failFirst = true;
		Future<MockHttpServletResponse> first = this.clients.submit(() -> get("/regions", renderer));
		assertThat(renderer.started.await(10, TimeUnit.SECONDS)).isTrue();
		Future<MockHttpServletResponse> second = this.clients.submit(() -> get("/regions", renderer));
		awaitWaiting(1);
		renderer.finish.countDown();
		assertThat(first).failsWithin(10, TimeUnit.SECONDS);
		assertThat(second.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo(Renderer.BODY);
		assertThat(renderer.renderings.get()).isEqualTo(2);
	}

	private MockHttpServletResponse get(String url, FilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", url.replaceFirst("\\?.*", ""));
		if (url.contains("?")) {
			request.setQueryString(url.substring(url.indexOf('?') + 1));
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain);
		return response;
	}

	/** Until {@code count} of the client threads are parked (waiting for the rendering under way). */
	private void awaitWaiting(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			long parked = Thread.getAllStackTraces().keySet().stream()
				.filter((thread) -> thread.getName().startsWith(CLIENT))
				.filter((thread) -> thread.getState() == Thread.State.TIMED_WAITING)
				.count();
			if (parked >= count) {
				return;
			}
			Thread.sleep(10);
		}
		throw new AssertionError("fewer than " + count + " requests waiting");
	}

	/** A servlet's rendering that holds the first request until {@link #finish}; counts the renderings. */
	private static final class Renderer implements FilterChain {

		static final String BODY = "<p>rendered</p>".repeat(50);

		final CountDownLatch started = new CountDownLatch(1);

		final CountDownLatch finish = new CountDownLatch(1);

		final AtomicInteger renderings = new AtomicInteger();

		private final int status;

		volatile boolean failFirst;

		Renderer(int status) {
			this.status = status;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response) throws IOException {
			int rendering = this.renderings.incrementAndGet();
			this.started.countDown();
			try {
				this.finish.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (rendering == 1 && this.failFirst) {
				throw new IllegalStateException("rendering failed");
			}
			HttpServletResponse http = (HttpServletResponse) response;
			http.setStatus(this.status);
			http.setContentType("text/html;charset=UTF-8");
			http.setHeader("X-Rendered", "yes");
			http.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
		}

	}

}
