package io.paasatlas.estimate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimate page on the real catalog ({@code data/providers}), served by the whole app: both presets price every
 * provider line by line, and Fly.io's computed total stands beside the seed's published estimate.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "catalog.location=data/providers")
class EstimatePageTests {

	private static final List<String> SLUGS = List.of("fly-io", "heroku", "pythonanywhere", "railway", "render");

	private static final Pattern ARTICLE = Pattern.compile("<article class=\"card result[^\"]*\" id=\"result-([a-z0-9-]+)\"");

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "minimal-flask, ~$6, Minimal Flask App", "global-flask, ~$20-25, Global Flask App" })
	void presetShowsLineItemsForEveryProviderAndTheSeedsFigureBesideFlyIo(String preset, String published,
			String name) throws Exception {
		HttpResponse<String> response = get("/estimate?preset=" + preset);

		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat(body).contains("<title id=\"page-title\">Cost estimate – PaaS Atlas</title>");
		Map<String, String> articles = articles(body);
		assertThat(articles.keySet()).containsExactlyInAnyOrderElementsOf(SLUGS);
		for (String slug : SLUGS) {
			String article = articles.get(slug);
			assertThat(article).as(slug).contains("<table class=\"lines\">");
			assertThat(lineRows(article)).as("line items of %s", slug).isPositive();
		}

		String fly = articles.get("fly-io");
		Matcher total = Pattern.compile("<p class=\"result-total\">\\s*<strong>(?:about |at least |at most )?(\\$[0-9.,]+)</strong>")
			.matcher(fly);
		assertThat(total.find()).as("Fly.io has a total").isTrue();
		assertThat(fly).contains("id=\"seed-fly-io\"")
			.contains("The published “" + name + "” estimate beside the computed one")
			.contains("<strong class=\"published-total\">" + published + "</strong>")
			.contains("<strong class=\"computed-total\">" + total.group(1) + "</strong>")
			.as("the seed's own line items, each price as published")
			.contains("shared-cpu-1x")
			.contains("as of 2025");
		assertThat(body).contains("<svg class=\"chart-svg totals\" role=\"img\"").contains("<svg class=\"chart-svg growth\" role=\"img\"");

		// for the report: the totals as the page shows them, cheapest first
		System.out.println("[estimate] " + preset + ": " + totals(body));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Each provider's result card, by slug. */
	private static Map<String, String> articles(String body) {
		Map<String, String> articles = new LinkedHashMap<>();
		Matcher matcher = ARTICLE.matcher(body);
		List<int[]> starts = new java.util.ArrayList<>();
		List<String> slugs = new java.util.ArrayList<>();
		while (matcher.find()) {
			starts.add(new int[] { matcher.start() });
			slugs.add(matcher.group(1));
		}
		for (int i = 0; i < slugs.size(); i++) {
			int end = (i + 1 < starts.size()) ? starts.get(i + 1)[0] : body.indexOf("</article>", starts.get(i)[0]);
			articles.put(slugs.get(i), body.substring(starts.get(i)[0], end));
		}
		return articles;
	}

	private static int lineRows(String article) {
		int start = article.indexOf("<table class=\"lines\">");
		String table = article.substring(start, article.indexOf("</table>", start));
		String tbody = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
		return tbody.split("<tr", -1).length - 1;
	}

	private static String totals(String body) {
		String summary = body.substring(body.indexOf("<table class=\"summary\""), body.indexOf("</table>",
				body.indexOf("<table class=\"summary\"")));
		Matcher row = Pattern.compile("data-slug=\"([a-z0-9-]+)\".*?<td class=\"num total\">(.*?)</td>", Pattern.DOTALL)
			.matcher(summary);
		StringBuilder text = new StringBuilder();
		while (row.find()) {
			text.append(row.group(1)).append(' ')
				.append(row.group(2).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip()).append("; ");
		}
		return text.toString();
	}

}
