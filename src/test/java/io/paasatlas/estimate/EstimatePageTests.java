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

import io.paasatlas.catalog.BundledCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The estimate page on the real catalog ({@code data/providers}), served by the whole app: both presets price every
 * provider line by line, and Fly.io's computed total stands beside the seed's published estimate.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "catalog.location=data/providers")
class EstimatePageTests {

	/** A provider's result: a whole card ({@code article}), or folded ({@code details}) when there are many. */
	private static final Pattern ARTICLE = Pattern
		.compile("<(?:article|details) class=\"(?:card )?result[^\"]*\" id=\"result-([a-z0-9-]+)\"");

	@LocalServerPort
	private int port;

	/**
	 * The preset over the whole catalog prices every provider, each folded to its line items (or why it cannot run)
	 * with the seed's figure beside Fly.io's; Fly.io's whole breakdown is a link away and holds the seed's line
	 * items. (With five providers the preset page showed every whole breakdown; with the catalog's size, the page
	 * folds them to stay light, see {@link EstimateResults#DETAILED_UP_TO}.)
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "minimal-flask, ~$6, Minimal Flask App", "global-flask, ~$20–25, Global Flask App" })
	void presetShowsLineItemsForEveryProviderAndTheSeedsFigureBesideFlyIo(String preset, String published,
			String name) throws Exception {
		HttpResponse<String> response = get("/estimate?preset=" + preset);

		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat(body).contains("<title id=\"page-title\">Cost estimate – PaaS Atlas</title>");
		Map<String, String> results = articles(body);
		assertThat(results.keySet()).containsExactlyInAnyOrderElementsOf(BundledCatalog.slugs());
		for (Map.Entry<String, String> result : results.entrySet()) {
			String block = result.getValue();
			if (block.contains("<table class=\"lines\">")) {
				assertThat(lineRows(block)).as("line items of %s", result.getKey()).isPositive();
			}
			else {
				assertThat(block).as("%s cannot run, and says why", result.getKey()).contains("cannot run")
					.contains("<ul class=\"why\">");
			}
		}
		assertThat(body).contains("<svg class=\"chart-svg totals\" role=\"img\"").contains("<svg class=\"chart-svg growth\" role=\"img\"");

		String computed = total(results.get("fly-io"));
		assertThat(results.get("fly-io")).contains("<strong class=\"published-total\">" + published + "</strong>")
			.contains("<strong class=\"computed-total\">" + computed + "</strong>")
			.contains("href=\"/estimate?preset=" + preset + "&amp;providers=fly-io\"");

		String fly = articles(get("/estimate?preset=" + preset + "&providers=fly-io").body()).get("fly-io");
		assertThat(fly).startsWith("<article").contains("id=\"seed-fly-io\"")
			.contains("The published “" + name + "” estimate beside the computed one")
			.contains("<strong class=\"published-total\">" + published + "</strong>")
			.contains("<strong class=\"computed-total\">" + computed + "</strong>")
			.as("the seed's own line items, each price as published")
			.contains("shared-cpu-1x")
			.contains("as of 2025");

		// for the report: the totals as the page shows them, cheapest first
		System.out.println("[estimate] " + preset + ": " + totals(body));
	}

	/**
	 * A provider whose compute has no price shows "at least" the rest of its bill, which may be $0.00: it ranks after
	 * every provider with a priced compute in the same currency, is never called the cheapest and draws no bar.
	 */
	@Test
	void aTotalWithoutAComputePriceIsNeitherRankedFirstNorCalledCheapestNorDrawn() throws Exception {
		String body = get("/estimate?preset=minimal-flask").body();
		String summary = body.substring(body.indexOf("<table class=\"summary\""), body.indexOf("</table>",
				body.indexOf("<table class=\"summary\"")));
		List<String> rows = List.of(summary.split("<tr ")).stream().filter((r) -> r.contains("data-slug=")).toList();
		List<String> unpriced = rows.stream().filter((r) -> r.contains("compute price unknown")).toList();
		assumeThat(unpriced).as("a provider without a compute price in data/providers").isNotEmpty();
		int lastPricedInDollars = -1;
		for (int i = 0; i < rows.size(); i++) {
			String row = rows.get(i);
			if (!row.contains("compute price unknown") && row.matches("(?s).*>(about |at least |at most )?\\$[0-9].*")) {
				lastPricedInDollars = i;
			}
		}
		for (String row : unpriced) {
			String slug = row.replaceAll("(?s).*data-slug=\"([a-z0-9-]+)\".*", "$1");
			assertThat(rows.indexOf(row)).as("%s ranks after every priced dollar total", slug)
				.isGreaterThan(lastPricedInDollars);
			String name = BundledCatalog.profile(slug).name();
			assertThat(body).doesNotContain("Cheapest: " + name)
				.contains("not drawn: ");
			String bars = body.substring(body.indexOf("<svg class=\"chart-svg totals\""),
					body.indexOf("</svg>", body.indexOf("<svg class=\"chart-svg totals\"")));
			assertThat(bars).as("bar names").doesNotContain(">" + name + "</text>");
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Each provider's result, by slug: from its start to the next one's, or to the end of the page's content. */
	private static Map<String, String> articles(String body) {
		Map<String, String> articles = new LinkedHashMap<>();
		Matcher matcher = ARTICLE.matcher(body);
		List<Integer> starts = new java.util.ArrayList<>();
		List<String> slugs = new java.util.ArrayList<>();
		while (matcher.find()) {
			starts.add(matcher.start());
			slugs.add(matcher.group(1));
		}
		for (int i = 0; i < slugs.size(); i++) {
			int end = (i + 1 < starts.size()) ? starts.get(i + 1) : body.indexOf("</main>", starts.get(i));
			articles.put(slugs.get(i), body.substring(starts.get(i), end));
		}
		return articles;
	}

	/** The total a folded result shows: "$3.88" of "about $3.88". */
	private static String total(String result) {
		Matcher total = Pattern.compile("<span class=\"result-total\">(?:about |at least |at most )?(\\$[0-9.,]+)</span>")
			.matcher(result);
		assertThat(total.find()).as("a total in %s", result).isTrue();
		return total.group(1);
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
