package io.paasatlas.comparison;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.paasatlas.catalog.CatalogProperties;
import io.paasatlas.geography.RegionAtlas;
import io.paasatlas.provider.Provider;
import io.paasatlas.provider.ProviderCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * {@code /compare}: the form, the table, and every wrong input answered with its status and a page that says
 * exactly what is wrong and still offers the form. Never a 500, never a stack trace.
 */
@WebMvcTest(ComparisonController.class)
@Import({ ComparisonQueries.class, ComparisonControllerTests.FixedClock.class })
class ComparisonControllerTests {

	private static final Map<String, String> CATALOG = new LinkedHashMap<>();

	static {
		CATALOG.put("fly-io", "Fly.io");
		CATALOG.put("heroku", "Heroku");
		CATALOG.put("pythonanywhere", "PythonAnywhere");
		CATALOG.put("railway", "Railway");
		CATALOG.put("render", "Render");
		CATALOG.put("koyeb", "Koyeb");
		CATALOG.put("northflank", "Northflank");
	}

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ProviderCatalog catalog;

	/** Knows no reach: the latency rows show as unknown. */
	@MockitoBean
	private RegionAtlas regions;

	@BeforeEach
	void catalog() {
		List<Provider> providers = CATALOG.entrySet().stream().map((e) -> provider(e.getKey(), e.getValue())).toList();
		given(this.catalog.all()).willReturn(providers);
		given(this.catalog.profiles(anyList())).willAnswer((invocation) -> {
			List<String> slugs = invocation.getArgument(0);
			return slugs.stream().map((s) -> Profiles.minimal(s, CATALOG.get(s))).toList();
		});
	}

	@Test
	void withoutProvidersShowsTheFormAndExplains() {
		MvcTestResult result = get("/compare");
		assertThat(result).hasStatusOk().hasViewName(ComparisonController.VIEW);
		String text = text(result);
		assertThat(text).contains("Choose 2 to 6 providers below")
			.contains("Providers to compare (2 to 6)")
			.doesNotContain("cannot be shown");
		assertThat(checkboxes(result)).hasSize(CATALOG.size());
		assertThat(html(result)).doesNotContain("checked=\"checked\"");
		assertThat(result).model().doesNotContainKey("table");
	}

	@Test
	void comparesTheProvidersInTheOrderGiven() {
		MvcTestResult result = get("/compare?providers=render,fly-io,heroku");
		assertThat(result).hasStatusOk();
		assertThat(result).model().extractingByKey("table").satisfies((table) -> assertThat(((ComparisonTable) table).columns())
			.extracting(ComparisonTable.Column::slug)
			.containsExactly("render", "fly-io", "heroku"));
		String html = html(result);
		assertThat(html).contains("<table class=\"compare cols-3\" id=\"comparison\">");
		assertThat(html.indexOf(">Render</a>")).isLessThan(html.indexOf(">Fly.io</a>"));
		assertThat(html).contains("href=\"/compare?providers=fly-io,heroku\"")
			.as("remove links keep the others in order");
		assertThat(text(result)).contains("Compare Render, Fly.io, Heroku – PaaS Atlas").contains("Cheapest always-on price");
		assertThat(checkboxes(result)).startsWith("render:checked", "fly-io:checked", "heroku:checked");
	}

	@Test
	void repeatedParametersRedirectToThePermalink() {
		assertThat(get("/compare?providers=fly-io&providers=heroku&providers=render")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/compare?providers=fly-io,heroku,render");
		assertThat(get("/compare?providers=fly-io,%20heroku,")).hasRedirectedUrl("/compare?providers=fly-io,heroku");
		assertThat(get("/compare?providers=fly-io%2Cheroku")).as("an encoded comma is the same permalink").hasStatusOk();
	}

	@Test
	void oneProviderIsABadRequestThatOffersTheFormToAddAnother() {
		MvcTestResult result = get("/compare?providers=fly-io");
		assertThat(result).hasStatus(400).hasViewName(ComparisonController.VIEW);
		assertThat(text(result)).contains("Only 1 provider was given ('fly-io'): choose at least 2 to compare.");
		assertThat(checkboxes(result)).first().isEqualTo("fly-io:checked");
		assertThat(checkboxes(result)).hasSize(CATALOG.size());
		assertThat(result).model().doesNotContainKey("table");
	}

	@Test
	void sevenProvidersAreABadRequest() {
		MvcTestResult result = get("/compare?providers=" + String.join(",", CATALOG.keySet()));
		assertThat(result).hasStatus(400);
		assertThat(text(result)).contains("7 providers were given: compare at most 6 at a time.");
		assertThat(html(result)).contains("id=\"compare-picker\"");
	}

	@Test
	void aDuplicateIsABadRequestThatNamesIt() {
		MvcTestResult result = get("/compare?providers=fly-io,heroku,fly-io");
		assertThat(result).hasStatus(400);
		assertThat(text(result)).contains("Listed more than once: 'fly-io'. Name each provider once.");
		assertThat(checkboxes(result)).startsWith("fly-io:checked", "heroku:checked").hasSize(CATALOG.size());
	}

	@Test
	void aMalformedSlugIsABadRequestThatQuotesIt() {
		MvcTestResult result = get("/compare?providers=fly-io,Heroku_EU");
		assertThat(result).hasStatus(400);
		assertThat(text(result)).contains("Not a valid provider slug: 'Heroku_EU'. Slugs are lowercase letters");
	}

	@Test
	void anEmptyListIsABadRequest() {
		MvcTestResult result = get("/compare?providers=");
		assertThat(result).hasStatus(400);
		assertThat(text(result)).contains("No provider was given: choose at least 2 to compare.");
		assertThat(get("/compare?providers=,,")).hasStatus(400);
	}

	@Test
	void anUnknownSlugIsANotFoundThatNamesItAndOffersTheForm() {
		MvcTestResult result = get("/compare?providers=fly-io,nowhere-cloud");
		assertThat(result).hasStatus(404).hasViewName(ComparisonController.VIEW);
		assertThat(text(result)).contains("No provider with the slug 'nowhere-cloud' is in the catalog.");
		assertThat(checkboxes(result)).first().isEqualTo("fly-io:checked");
		assertThat(checkboxes(result)).hasSize(CATALOG.size());

		MvcTestResult two = get("/compare?providers=nowhere,neverland");
		assertThat(two).hasStatus(404);
		assertThat(text(two)).contains("No providers with the slugs 'nowhere', 'neverland' are in the catalog.");
	}

	@Test
	void aBadListWithAnUnknownSlugIsABadRequestThatSaysBoth() {
		MvcTestResult result = get("/compare?providers=nowhere,nowhere");
		assertThat(result).hasStatus(400);
		assertThat(text(result)).contains("Listed more than once: 'nowhere'")
			.contains("No provider with the slug 'nowhere' is in the catalog.");
	}

	@Test
	void inputIsEscapedAndNeverEchoedAtLength() {
		MvcTestResult result = get("/compare?providers=fly-io,%3Cscript%3Ealert(1)%3C/script%3E" + "x".repeat(2000));
		assertThat(result).hasStatus(400);
		String html = html(result);
		assertThat(html).doesNotContain("<script>").doesNotContain("x".repeat(100));
		assertThat(text(result)).contains("Not a valid provider slug: '<script>alert(1)</script>xxxx");
	}

	@Test
	void noErrorEverShowsAStackTraceOrTheWhitelabelPage() {
		for (String uri : List.of("/compare?providers=fly-io", "/compare?providers=", "/compare?providers=a,a",
				"/compare?providers=zz", "/compare?providers=%00%FF", "/compare?providers=fly-io&providers=",
				"/compare?providers=" + ",".repeat(300))) {
			MvcTestResult result = get(uri);
			assertThat(result.getResponse().getStatus()).as(uri).isIn(400, 404);
			assertThat(html(result)).as(uri)
				.contains("id=\"compare-picker\"")
				.doesNotContain("Whitelabel")
				.doesNotContain("Exception")
				.doesNotContain("??");
		}
	}

	/** A GET of this address, written as a browser sends it (percent-encoded, not encoded again). */
	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(java.net.URI.create(uri)).exchange();
	}

	private static String html(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The page's text with entities decoded: what a reader sees, give or take the markup. */
	private static String text(MvcTestResult result) {
		return HtmlUtils.htmlUnescape(html(result));
	}

	/** The form's checkboxes in page order, as {@code slug} or {@code slug:checked}. */
	private static List<String> checkboxes(MvcTestResult result) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("<input type=\"checkbox\" name=\"providers\" value=\"([^\"]+)\"( checked=\"checked\")?")
			.matcher(text(result));
		List<String> boxes = new java.util.ArrayList<>();
		while (matcher.find()) {
			boxes.add(matcher.group(1) + ((matcher.group(2) != null) ? ":checked" : ""));
		}
		return boxes;
	}

	private static Provider provider(String slug, String name) {
		Provider provider = mock(Provider.class);
		given(provider.getSlug()).willReturn(slug);
		given(provider.getName()).willReturn(name);
		return provider;
	}

	/** What the app's configuration gives the controller besides the catalog: its settings and a clock. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CatalogProperties.class)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2025-09-01T00:00:00Z"), ZoneOffset.UTC);
		}

	}

}
