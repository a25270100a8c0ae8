package io.paasatlas;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app on the bundled catalog, over HTTP: the catalog table, the Fly.io page with a fact of every section
 * of the founding analysis ({@code data/sources/fly-io-provider-analysis.md}), the error pages and the
 * operations endpoints.
 * <p>
 * The class has a database of its own: the in-memory database of {@code application.properties} outlives each
 * context ({@code DB_CLOSE_DELAY=-1}), so a later context on another catalog (such as the hostile one of
 * {@code system.EscapingTests}) would otherwise re-seed it under this one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:provider-pages;DB_CLOSE_DELAY=-1")
@AutoConfigureRestTestClient
class ProviderPagesIntegrationTests {

	@Autowired
	private RestTestClient client;

	@Test
	void listsTheFiveProvidersWithTheirNames() {
		String html = page("/providers", HttpStatus.OK);
		assertThat(html)
			.contains("href=\"/providers/fly-io\">Fly.io</a>", "href=\"/providers/heroku\">Heroku</a>",
					"href=\"/providers/render\">Render</a>", "href=\"/providers/railway\">Railway</a>",
					"href=\"/providers/pythonanywhere\">PythonAnywhere</a>")
			.doesNotContain("Some values are not valid");
	}

	@Test
	void filtersByFreeTierAndSortsByPrice() {
		String html = page("/providers?freeTier=none&sort=price", HttpStatus.OK);
		// Fly.io and Heroku have no free tier; Render, Railway and PythonAnywhere have a limited one
		assertThat(html).contains("href=\"/providers/fly-io\"", "href=\"/providers/heroku\"")
			.doesNotContain("href=\"/providers/render\"", "href=\"/providers/railway\"",
					"href=\"/providers/pythonanywhere\"", "Some values are not valid")
			.contains("<option value=\"none\" selected=\"selected\">",
					"<option value=\"price\" selected=\"selected\">");
		// cheapest always-on first: Fly.io (~$2-3 in the seed) before Heroku ($7 Basic)
		assertThat(html.indexOf("href=\"/providers/fly-io\"")).isLessThan(html.indexOf("href=\"/providers/heroku\""));
	}

	@Test
	void rejectsABadFilterWithTheFormAndStatus400() {
		String html = page("/providers?freeTier=bogus&page=0", HttpStatus.BAD_REQUEST);
		assertThat(html).contains("must be one of yes, limited, trial, none, unknown",
				"must be a page number from 1 to 99999", "<form class=\"filters\"")
			.doesNotContain("Whitelabel", "Exception");
	}

	@Test
	void showsTheFlyIoHeaderAndOverview() {
		String html = page("/providers/fly-io", HttpStatus.OK);
		String header = html.substring(html.indexOf("<h1>"), html.indexOf("<h2 id=\"overview\""));
		assertThat(header).contains("<h1>Fly.io</h1>", "Edge PaaS (VM-Based Global Deployment)", "2017",
				"Deploy app servers close to your users", "https://fly.io/");
		assertThat(section(html, "overview")).contains("Anycast routing",
				"Users connect to nearest region automatically",
				// the notable changes, "Eliminated free tier" among them, are on the history page
				"href=\"/providers/fly-io/history#changes\"");
	}

	@Test
	void showsTheSeedsStaleClaimsWithTheirCorrectionsInPlace() {
		String html = page("/providers/fly-io", HttpStatus.OK);
		// the seed's words stay; the correction follows them in the same sentence, with both dates
		assertThat(section(html, "overview")).containsPattern("in 30\\+ regions <small class=\"correction\">\\(said 2025; "
				+ "<ins>now 18 regions since 2025-10-16</ins><a class=\"ref[^\"]*\" href=\"#n[0-9-]+\"[^>]*>[0-9]+</a>\\)"
				+ "</small> worldwide");
		assertThat(section(html, "pros-cons")).contains("No fully managed database option")
			.contains("<ins>now Managed Postgres (MPG) plans from $38 a month</ins>");
		assertThat(section(html, "deployment")).contains("you MUST provide a Dockerfile")
			.contains("<ins>now fly launch writes the Dockerfile; buildpacks and prebuilt images are accepted too</ins>");
		assertThat(section(html, "features")).contains("NOT automatic load-based autoscaling")
			.contains("<ins>now an optional metrics-based autoscaler is documented</ins>");
	}

	@Test
	void showsTheFlyIoPricingWithTheSeedsCostExamples() {
		String pricing = section(page("/providers/fly-io", HttpStatus.OK), "pricing");
		assertThat(pricing).contains("$0.15", "Minimal Flask App", "Global Flask App", "shared-cpu-1x",
				"~$2–3");
	}

	@Test
	void showsTheFlyIoDeploymentGuide() {
		String deployment = section(page("/providers/fly-io", HttpStatus.OK), "deployment");
		assertThat(deployment).contains("flyctl launch", "3-5 minutes", "FROM python:3.11-slim",
				"superfly/flyctl-actions/setup-flyctl", "Flask on Fly.io!");
	}

	@Test
	void printsEachCodeBlockOnceInsideItsScrollableRegion() {
		String html = page("/providers/fly-io", HttpStatus.OK);
		// a fragment named "code" also selected the template's <code> elements: each listing came out a second time
		// after its figure, outside the <pre> that scrolls, and made phones scroll sideways
		assertThat(html).contains("<figure class=\"code\">").doesNotContainPattern("</figure>\\s*<code>");
		String features = section(html, "features");
		assertThat(features.split("<code>flyctl certs add", -1)).as("the listing, once").hasSize(2);
	}

	@Test
	void showsTheFlyIoFeatures() {
		String features = section(page("/providers/fly-io", HttpStatus.OK), "features");
		assertThat(features).contains("flyctl certs add", "celery -A app worker", "Auto-scaling", "Cron jobs");
	}

	@Test
	void showsTheFlyIoPythonSupport() {
		String python = section(page("/providers/fly-io", HttpStatus.OK), "python");
		assertThat(python).contains("Gunicorn", "Poetry");
	}

	@Test
	void showsTheFlyIoRegionsWithTheirDatedHistory() {
		String regions = section(page("/providers/fly-io", HttpStatus.OK), "regions");
		assertThat(regions).contains("18 current regions.")
			// the seed's "30+" in 2025 and 18 since 2025-10-16, both kept as dated counts
			.containsPattern("<td>2025</td>\\s*<td[^>]*>30\\+</td>")
			.containsPattern("<td>2025-10-16</td>\\s*<td[^>]*>18</td>")
			// the region list's history is on the history page, one link away
			.contains("href=\"/providers/fly-io/history#region-history\"",
					"href=\"/providers/fly-io/history#former-regions\"")
			.doesNotContain("Regions list cut from 35 to 18");
		String history = page("/providers/fly-io/history", HttpStatus.OK);
		assertThat(section(history, "region-history")).contains("<time>2025-10-16</time>", "Regions list cut from 35 to 18");
		assertThat(section(history, "former-regions")).contains("<code>atl</code>");
	}

	@Test
	void theHistoryPageCitesEachEntryInItsOwnNotes() {
		String history = page("/providers/fly-io/history", HttpStatus.OK);
		assertThat(history).contains("<title>Fly.io history – PaaS Atlas</title>", "href=\"/providers/fly-io\"");
		assertThat(section(history, "changes")).contains("Eliminated free tier").contains("class=\"ref");
		assertThat(section(history, "free-tier")).contains("Legacy allowances");
		assertThat(section(history, "prices")).contains("shared-cpu-1x");
		assertThat(section(history, "sources")).contains("<ol class=\"notes\">", "as of 2025-10-16");
		// every source the history cites is in its list, and none is listed twice
		List<String> refs = java.util.regex.Pattern.compile("class=\"ref[^\"]*\" href=\"#(n\\d+)-")
			.matcher(history).results().map((m) -> m.group(1)).distinct().toList();
		refs.forEach((id) -> assertThat(history).contains("<li id=\"" + id + "\">"));
		assertThat(page("/providers/fly-io", HttpStatus.OK)).contains("href=\"/providers/fly-io/history\"",
				"href=\"/providers/fly-io/history#changes\"", "href=\"/providers/fly-io/history#prices\"");
	}

	@Test
	void anUnknownProvidersHistoryIsA404Page() {
		String html = page("/providers/does-not-exist/history", HttpStatus.NOT_FOUND);
		assertThat(html).contains("No provider with the slug &#39;does-not-exist&#39; is in the catalog.");
		assertNoErrorDetails(html);
	}

	@Test
	void showsTheFlyIoProsConsAndUseCases() {
		String html = page("/providers/fly-io", HttpStatus.OK);
		assertThat(section(html, "pros-cons")).contains("WireGuard Private Networking", "Requires Docker Knowledge");
		assertThat(section(html, "use-cases")).contains("Real-time apps", "Beginners");
	}

	@Test
	void showsTheFlyIoComparisonsWithTheOtherProvidersNames() {
		String comparisons = section(page("/providers/fly-io", HttpStatus.OK), "comparisons");
		assertThat(comparisons).contains("vs.", "href=\"/providers/pythonanywhere\">PythonAnywhere</a>",
				"US East only", ">Heroku</a>", ">Render</a>", ">Railway</a>");
	}

	@Test
	void showsTheFlyIoVerdict() {
		String verdict = section(page("/providers/fly-io", HttpStatus.OK), "verdict");
		assertThat(verdict).contains("global edge specialist", "For QRCards", "Not recommended",
				"Not recommended unless QRCards goes global");
	}

	@Test
	void citesSourcesWithTheirDatesAndMarksStaleAndUnverifiedFacts() {
		String html = page("/providers/fly-io", HttpStatus.OK);
		assertThat(section(html, "sources")).contains("<code>seed</code>", "as of 2025",
				"Fly.io – Provider Analysis (PaaS Atlas founding document)");
		// each fact's note links to its source's date in the numbered list (issue 16: notes replace inline citations)
		assertThat(html).contains("<a class=\"ref\" href=\"#n1-1\" title=\"Fly.io – Provider Analysis (PaaS Atlas founding document) · as of 2025\">1</a>",
				"<ol class=\"notes\">\n<li id=\"n1\">", "<span id=\"n1-1\">as of 2025</span>", "as of 2025-10-16")
			.containsAnyOf("<strong class=\"flag stale\">possibly stale<",
					"<strong class=\"flag unverified\">unverified (third party)<");
	}

	@Test
	void escapesHtmlInTheData() {
		String html = page("/providers/fly-io", HttpStatus.OK);
		// a connection URL in the features reads postgres://<user>:<pwd>@<pg-app>...
		assertThat(html).contains("postgres://&lt;user&gt;:&lt;pwd&gt;@").doesNotContain("<user>", "<pg-app>");
	}

	@Test
	void anUnknownProviderIsA404PageThatNamesTheSlug() {
		String html = page("/providers/does-not-exist", HttpStatus.NOT_FOUND);
		assertThat(html).contains("No provider with the slug &#39;does-not-exist&#39; is in the catalog.",
				"href=\"/providers\"");
		assertNoErrorDetails(html);
	}

	@Test
	void anUnknownPathIsTheAtlas404Page() {
		String html = page("/no/such/page", HttpStatus.NOT_FOUND);
		assertThat(html).contains("<title>Not found – PaaS Atlas</title>", "Nothing lives at /no/such/page.");
		assertNoErrorDetails(html);
	}

	@Test
	void healthIsUp() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void exposesNoOtherOperationsEndpointsAndNoDatabaseConsole() {
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/heapdump", "/h2-console", "/h2-console/" }) {
			this.client.get().uri(path).exchange().expectStatus().isNotFound();
			assertNoErrorDetails(page(path, HttpStatus.NOT_FOUND));
		}
	}

	private String page(String path, HttpStatus status) {
		String body = this.client.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).as(path).isNotNull();
		return body;
	}

	/** The part of the page from the section's heading to the next one. */
	private static String section(String html, String id) {
		int start = html.indexOf("<h2 id=\"" + id + "\"");
		assertThat(start).as("section " + id).isNotNegative();
		int end = html.indexOf("<h2 id=", start + 1);
		return html.substring(start, (end > 0) ? end : html.length());
	}

	private static void assertNoErrorDetails(String html) {
		assertThat(html).contains("PaaS Atlas")
			.doesNotContain("Whitelabel", "Exception", "exception", "\tat ", "trace", "java.");
	}

}
