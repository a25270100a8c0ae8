package io.paasatlas.provider;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paasatlas.catalog.CatalogFixtures;
import io.paasatlas.catalog.CatalogProperties;
import io.paasatlas.catalog.FreeTierStatus;
import io.paasatlas.catalog.PricingModel;
import io.paasatlas.geography.RegionAtlas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The catalog table and the provider page, with the catalog mocked. */
@WebMvcTest(controllers = ProviderController.class, properties = "atlas.page-cache.enabled=false")
@Import(ProviderControllerTests.Config.class)
class ProviderControllerTests {

	/** A bug in main code, see the report: these tests pass once it is fixed. */

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ProviderCatalog catalog;

	@MockitoBean
	private RegionAtlas regions;

	@MockitoBean
	private AlwaysOnEstimate alwaysOn;

	@BeforeEach
	void setUp() {
		Provider fly = provider("fly-io", "Fly.io", FreeTierStatus.NONE, new BigDecimal("1.94"),
				"$1.94/mo (shared-cpu-1x, 256 MB)");
		Provider heroku = provider("heroku", "Heroku", FreeTierStatus.NONE, null, null);
		given(this.catalog.count()).willReturn(2L);
		given(this.catalog.all()).willReturn(List.of(fly, heroku));
		given(this.catalog.list(any())).willAnswer((call) -> page(List.of(fly, heroku)));
		given(this.catalog.profile("minimal")).willReturn(CatalogFixtures.minimal());
		given(this.catalog.profile("nope")).willThrow(new ProviderNotFoundException("nope"));
	}

	@Test
	void listsProviders() {
		MvcTestResult result = this.mvc.get().uri("/providers").exchange();
		assertThat(result).hasStatusOk().hasViewName(ProviderController.LIST_VIEW);
		assertThat(result).model().containsEntry("total", 2L).containsKey("providers");
		assertThat(result).bodyText()
			.contains("The catalog holds 2 providers.", "2 providers match", "href=\"/providers/fly-io\"", "Fly.io",
					"Heroku", "$1.94/mo (shared-cpu-1x, 256 MB)", "Edge PaaS", "Usage-based")
			.doesNotContain("Some values are not valid");
	}

	@Test
	void passesTheFilterToTheCatalog() {
		assertThat(this.mvc.get().uri("/providers?freeTier=none&sort=price&dir=desc&continent=europe&page=2"))
			.hasStatusOk();
		verify(this.catalog).list(new ProviderFilter(null, "none", null, "europe", null, null, null, null, "price", "desc", "2"));
		assertThat(this.mvc.get().uri("/providers?maxPrice=7.5&postgres=true&noDockerfile=true&sleeps=no&sort=estimate"))
			.hasStatusOk();
		verify(this.catalog).list(new ProviderFilter(null, null, null, null, "7.5", "true", "true", "no", "estimate", null, null));
	}

	@Test
	void reRendersTheFormWithAMessagePerBadValueAndStatus400() {
		MvcTestResult result = this.mvc.get()
			.uri("/providers?freeTier=bogus&sort=x&page=abc&q={q}&model=free&continent=atlantis&dir=up"
					+ "&maxPrice=lots&postgres=maybe&noDockerfile=1&sleeps=often", "q".repeat(101))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName(ProviderController.LIST_VIEW);
		assertThat(result).model().extractingBindingResult("filter")
			.hasOnlyFieldErrors("q", "freeTier", "model", "continent", "maxPrice", "postgres", "noDockerfile", "sleeps",
					"sort", "dir", "page")
			.hasErrorsCount(11);
		assertThat(result).bodyText()
			.contains("Some values are not valid; correct them and try again.", "<form class=\"filters\"",
					"must be at most 100 characters", "must be one of yes, limited, trial, none, unknown",
					"must be one of usage-based, fixed-plans, hybrid, unknown",
					"must be one of africa, asia, europe, north-america, oceania, south-america",
					"must be an amount in dollars from 0 to 100,000 with at most two decimals",
					"must be true or false", "must be yes or no",
					"must be one of name, platform, model, free-tier, price, estimate, regions, postgres, dockerfile, "
							+ "sleeps, verified",
					"must be asc or desc", "must be a page number from 1 to 99999")
			.doesNotContain("id=\"providers\"");
		assertThat(result).bodyText().as("the errors under the fields' names, in the filter's order")
			.containsSubsequence("<span>Search</span>: ", "<span>Free tier</span>: ", "<span>Pricing model</span>: ",
					"<span>Sort by</span>: ", "<span>Page</span>: ");
		verify(this.catalog, never()).list(any());
	}

	@Test
	void rejectsEachBadValueOnItsOwn() {
		assertBadRequest("freeTier=bogus", "freeTier", "must be one of yes, limited, trial, none, unknown");
		assertBadRequest("sort=x", "sort", "must be one of name, platform, model, free-tier, price, estimate");
		for (String price : new String[] { "-1", "1.234", "100001", "1e3", "5,00" }) {
			assertBadRequest("maxPrice=" + price, "maxPrice", "must be an amount in dollars from 0 to 100,000");
		}
		assertBadRequest("page=abc", "page", "must be a page number from 1 to 99999");
		assertBadRequest("page=0", "page", "must be a page number from 1 to 99999");
		assertBadRequest("page=-1", "page", "must be a page number from 1 to 99999");
		assertBadRequest("q=" + "x".repeat(101), "q", "must be at most 100 characters");
	}

	@Test
	void showsTheColumnsATeamFiltersOnAndHowLongAgoEachProfileWasVerified() {
		MvcTestResult result = this.mvc.get().uri("/providers").exchange();
		assertThat(result).bodyText()
			.containsPattern("aria-sort=\"ascending\"[^>]*><a href=\"/providers\\?sort=name&amp;dir=desc\">Provider</a>")
			.contains("<a href=\"/providers?sort=estimate\">Always-on estimate</a>")
			.contains(">cannot run<", ">none listed<", ">unknown<")
			.contains("<time>2026-11-01</time>", "25 days ago")
			.contains("href=\"/providers?format=csv\"");
	}

	@Test
	void eachHeaderSortsByItsColumnAndThenTheOtherWayKeepingTheFilters() {
		MvcTestResult result = this.mvc.get().uri("/providers?freeTier=none&sort=price").exchange();
		assertThat(result).bodyText()
			.containsPattern("aria-sort=\"ascending\"[^>]*><a href=\"/providers\\?freeTier=none&amp;sort=price&amp;dir=desc\">")
			.containsPattern("aria-sort=\"none\"[^>]*><a href=\"/providers\\?freeTier=none&amp;sort=regions\">Regions</a>")
			.contains("href=\"/providers?freeTier=none&amp;sort=price&amp;format=csv\"");
	}

	@Test
	void acceptsTheFormAsSubmittedWithEveryFilterLeftAtAny() {
		// a browser sends the empty "any" options and the empty search box
		assertThat(this.mvc.get().uri("/providers?q=&maxPrice=&continent=&freeTier=&sleeps=&model=&sort=name&dir="))
			.hasStatusOk();
	}

	@Test
	void linksToTheNextPageKeepingTheSortAndFilters() {
		given(this.catalog.list(any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 50), 120));
		MvcTestResult result = this.mvc.get().uri("/providers?sort=price&freeTier=none").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("Page 1 of 3").containsPattern(
				"<a href=\"/providers\\?[^\"]*freeTier=none[^\"]*sort=price[^\"]*page=2\" rel=\"next\">Next</a>");
	}

	@Test
	void theNextPageLinkWorks() throws UnsupportedEncodingException {
		given(this.catalog.list(any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 50), 120));
		String html = this.mvc.get().uri("/providers?sort=price").exchange().getResponse().getContentAsString();
		Matcher next = Pattern.compile("<a href=\"([^\"]*)\" rel=\"next\"").matcher(html);
		assertThat(next.find()).as(html).isTrue();
		// today /providers?q=&freeTier=&model=&continent=&sort=price&dir=&page=2
		assertThat(this.mvc.get().uri(URI.create(HtmlUtils.htmlUnescape(next.group(1))))).hasStatusOk();
	}

	@Test
	void acceptsASearchOfOneHundredCharacters() {
		assertThat(this.mvc.get().uri("/providers?q={q}", "x".repeat(100))).hasStatusOk();
	}

	@Test
	void escapesTheSearchTextItShowsBack() {
		MvcTestResult result = this.mvc.get().uri("/providers?q={q}", "<script>alert(1)</script>").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
	}

	@Test
	void showsAProvider() {
		MvcTestResult result = this.mvc.get().uri("/providers/minimal").exchange();
		assertThat(result).hasStatusOk().hasViewName(ProviderController.DETAIL_VIEW);
		assertThat(result).model().containsKeys("page", "profile");
		assertThat(result).bodyText()
			.contains("<h1>Minimal PaaS</h1>", "Regional PaaS", "A fictitious provider, for tests only.", "Per second",
					"Minimal PaaS docs", "as of 2026-10", "$5", "Frankfurt", "A fictitious provider.")
			// the page states what the profile does not know
			.contains("The profile says nothing about this: unknown.")
			.doesNotContain("class=\"flag stale\"", "class=\"flag unverified\"");
	}

	@Test
	void marksPossiblyStaleAndUnverifiedFacts() {
		String oldUnverifiedSource = CatalogFixtures.minimalText()
			.replace("    as_of: \"2026-10\"\n", "    as_of: \"2024\"\n    unverified: true\n");
		given(this.catalog.profile("minimal")).willReturn(CatalogFixtures.profile("minimal.yaml", oldUnverifiedSource));
		MvcTestResult result = this.mvc.get().uri("/providers/minimal").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("as of 2024", "<strong class=\"flag stale\">possibly stale<",
					"<strong class=\"flag unverified\">unverified (third party)<");
	}

	@Test
	void anUnknownSlugIsA404PageThatNamesIt() {
		MvcTestResult result = this.mvc.get().uri("/providers/nope").accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
		assertThat(result).bodyText()
			.contains("No provider with the slug &#39;nope&#39; is in the catalog.", "See all providers")
			.doesNotContain("Exception", "at io.paasatlas", "Whitelabel");
	}

	private void assertBadRequest(String query, String field, String message) {
		MvcTestResult result = this.mvc.get().uri("/providers?" + query).exchange();
		assertThat(result).as(query).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).as(query).model().extractingBindingResult("filter").hasOnlyFieldErrors(field);
		assertThat(result).as(query).bodyText().contains(message);
	}

	private static Provider provider(String slug, String name, FreeTierStatus freeTier, BigDecimal cheapest,
			String offer) {
		Provider provider = new Provider(slug);
		provider.update(name, "https://" + slug + ".example.com/", "Edge PaaS", PricingModel.USAGE_BASED, freeTier,
				cheapest, offer, 18, List.of("Dockerfile", "flyctl"), LocalDate.of(2026, 11, 1), "2026-11-01");
		return provider;
	}

	private static Page<Provider> page(List<Provider> providers) {
		return new PageImpl<>(providers, PageRequest.of(0, ProviderFilter.PAGE_SIZE), providers.size());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		Clock clock() {
			return CatalogFixtures.CLOCK;
		}

		@Bean
		CatalogProperties catalogProperties() {
			return new CatalogProperties(null, false, Period.ofMonths(12));
		}

	}

}
