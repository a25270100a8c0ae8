package io.paasatlas.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A weight budget for every page: the HTML as sent before gzip, in kB of 1,000 bytes. A page over its budget is
 * heavy to load on a phone and to read; the numbered notes, the histories on their own pages and the compact HTML are what keep
 * the pages under it. Same application context as the browser tests (Spring reuses it).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "catalog.location=data/providers")
class PageWeightTests {

	/** Every page but those named in {@link #BUDGETS}. */
	static final int DEFAULT_BUDGET = 80_000;

	/**
	 * Pages allowed more. Fly.io's profile holds about four times the facts of the others; its dated history (notable
	 * changes, earlier prices and free tiers, former regions, the region list over time) is on its own page, and what
	 * stays (the text of today's facts, about 160 notes with their hover titles, the founding analysis' step-by-step
	 * deployment folded) is about 97 kB: the 60 kB aimed at would take more of today's facts off the page.
	 */
	static final Map<String, Integer> BUDGETS = Map.of("/providers/fly-io", 100_000);

	private static final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0}")
	@MethodSource("io.paasatlas.browser.SitePages#all")
	void pageStaysWithinItsWeightBudget(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.headers().firstValue("Content-Encoding")).as("sent without gzip").isEmpty();
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		int budget = BUDGETS.getOrDefault(path, DEFAULT_BUDGET);
		assertThat(response.body().length).as("%s: bytes of HTML (budget %,d)", path, budget).isLessThanOrEqualTo(budget);
	}

}
