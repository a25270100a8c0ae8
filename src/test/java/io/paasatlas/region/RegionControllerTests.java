package io.paasatlas.region;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paasatlas.catalog.BundledCatalog;
import io.paasatlas.catalog.CatalogFixtures;
import io.paasatlas.catalog.CatalogProperties;
import io.paasatlas.geography.MarkerStyle;
import io.paasatlas.geography.Metro;
import io.paasatlas.geography.RegionAtlas;
import io.paasatlas.geography.RegionFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /regions} and {@code /regions/users} on the real data: the map and tables, the reach with its assumptions,
 * the users' answer; and every wrong input answered with its status and a page that says what is wrong.
 */
@WebMvcTest(RegionController.class)
@Import(RegionControllerTests.RealData.class)
class RegionControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void atlasShowsEveryProviderByDefault() {
		MvcTestResult result = get("/regions");

		assertThat(result).hasStatusOk().hasViewName(RegionController.ATLAS_VIEW);
		assertThat(checked(result)).containsExactlyElementsOf(BundledCatalog.slugs());
		assertThat(html(result)).contains("data-provider=\"railway\"");
	}

	@Test
	void thePickerCanSendBackEveryProviderItShows() {
		// the default page checks every provider: its "Show" button must not answer with an error
		MvcTestResult result = get("/regions?providers=" + String.join(",", BundledCatalog.slugs()));

		assertThat(result).hasStatusOk();
		assertThat(checked(result)).containsExactlyElementsOf(BundledCatalog.slugs());
	}

	@Test
	void withMoreProvidersThanMarkerShapesTheMapDrawsPlaces() {
		List<String> seven = BundledCatalog.slugs().subList(0, MarkerStyle.STYLES.size() + 1);
		assertThat(seven).contains("fly-io");
		String html = html(get("/regions?providers=" + String.join(",", seven)));

		assertThat(html).doesNotContain("data-region=").contains("<g class=\"places\">")
			.contains("More providers are shown than there are marker shapes");
		// Frankfurt hosts a region of several providers: one circle names them all
		assertThat(html).containsPattern("<title>Frankfurt, Germany: [0-9]+ providers: [^<]*Fly\\.io[,<]");
		assertThat(count(html, "<circle class=\"place current\"")).isPositive();
	}

	@Test
	void providersShownTogetherNeverShareAMarkerStyle() {
		// six providers whose places in the catalog give some of them the same style
		List<String> six = BundledCatalog.slugs().stream()
			.filter((s) -> BundledCatalog.position(s) % MarkerStyle.STYLES.size() == 0)
			.limit(2)
			.collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
		BundledCatalog.slugs().stream().filter((s) -> !six.contains(s)).limit(6 - six.size()).forEach(six::add);
		String html = html(get("/regions?providers=" + String.join(",", six)));

		Matcher legend = Pattern.compile("<path class=\"marker current (marker-[0-9])\"").matcher(html);
		List<String> styles = new java.util.ArrayList<>();
		while (legend.find()) {
			styles.add(legend.group(1));
		}
		assertThat(styles).hasSize(6).doesNotHaveDuplicates();
	}

	@Test
	void mapIsAnAccessibleSvgWithAMarkerPerRegionAndALegend() {
		MvcTestResult result = get("/regions?providers=fly-io,render");

		assertThat(result).hasStatusOk();
		String html = html(result);
		// the counts of the bundled data: a marker per region with coordinates, current or not
		Counts fly = Counts.of("fly-io");
		Counts render = Counts.of("render");
		assertThat(html).contains("role=\"img\"").contains("aria-labelledby=\"map-title map-desc\"")
			.contains("<title id=\"map-title\">World map of the regions of Fly.io, Render</title>")
			.contains("<desc id=\"map-desc\">" + (fly.current() + render.current())
					+ " current regions are drawn as filled markers and " + (fly.former() + render.former()) + " former");
		assertThat(count(html, "data-region=")).isEqualTo(fly.current() + fly.former() + render.current() + render.former());
		assertThat(count(html, "data-provider=\"render\" data-region=")).isEqualTo(render.current() + render.former());
		assertThat(html).contains("Fly.io: fra, Frankfurt, Germany (current)")
			.contains("Fly.io: atl, Atlanta, United States (deprecated)");
		List<MarkerStyle> styles = MarkerStyle.distinct(
				List.of(BundledCatalog.position("fly-io"), BundledCatalog.position("render")));
		assertThat(text(result)).contains("Fly.io (" + styles.get(0).shape() + "): " + fly.current() + " current regions")
			.contains("Render (" + styles.get(1).shape() + "): " + render.current() + " current regions")
			.contains("Virginia (state; no city stated)");
		int unmapped = fly.unmapped() + render.unmapped();
		if (unmapped > 0) {
			assertThat(text(result)).contains(unmapped + " regions are not on the map");
		}
		else {
			assertThat(html).doesNotContain("id=\"unmapped\"").contains("Every region has coordinates.");
		}
		assertThat(count(html, "<circle r=\"1.7\"")).as("a dot per metro").isEqualTo(100);
	}

	@Test
	void tablesListRegionsByContinentTheFormerOnesAndTheHistory() {
		String text = text(get("/regions?providers=fly-io,render"));

		assertThat(text).contains("Regions by continent").contains("Europe (6 regions)")
			.contains("Former regions").contains("History of the region lists")
			.contains("Regions list cut from 35 to 18");
		assertThat(html(get("/regions?providers=fly-io,render"))).contains("<code>frankfurt</code>")
			.contains("<code>fra</code>");
	}

	@Test
	void reachStatesItsAssumptionsAndFigures() {
		String text = text(get("/regions?providers=fly-io"));

		assertThat(text).contains("Latency reach").contains("200 km per millisecond").contains("1.5 times")
			.contains("5 ms added to every round trip").contains("100 ms is at most 6,333 km")
			.contains("CC BY 4.0 (GeoNames)").contains("not metro-area totals");
		assertThat(html(get("/regions?providers=fly-io"))).contains("id=\"reach-table\"");
	}

	@Test
	void providersWithoutCoordinatesAreMarkedPartial() {
		// a provider of the bundled data with current regions that have no coordinates (Heroku's "us", an area)
		String slug = BundledCatalog.slugs().stream()
			.filter((s) -> Counts.of(s).unmappedCurrent() > 0)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("every current region has coordinates: use a fixture"));
		String text = text(get("/regions?providers=" + slug));

		int left = Counts.of(slug).unmappedCurrent();
		assertThat(text).contains(left + (left == 1 ? " region" : " regions") + " without coordinates left out");
	}

	@Test
	void unknownProviderIsNotFoundWithAMessage() {
		MvcTestResult result = get("/regions?providers=fly-io,nope");

		assertThat(result).hasStatus(404).hasViewName(RegionController.ATLAS_VIEW);
		assertThat(text(result)).contains("No provider with the slug 'nope' is in the catalog.")
			.contains("Providers to show");
		assertThat(result).model().doesNotContainKey("page");
	}

	@Test
	void malformedOrRepeatedProvidersAreBadRequests() {
		MvcTestResult malformed = get("/regions?providers=Fly.io");
		assertThat(malformed).hasStatus(400);
		assertThat(text(malformed)).contains("Not a valid provider slug: 'Fly.io'.");

		MvcTestResult repeated = get("/regions?providers=render,render");
		assertThat(repeated).hasStatus(400);
		assertThat(text(repeated)).contains("Listed more than once: 'render'.");

		MvcTestResult none = get("/regions?providers=");
		assertThat(none).hasStatus(400);
		assertThat(text(none)).contains("No provider was given");
	}

	@Test
	void atMostMaxProvidersAndTheCatalogFitsThePicker() {
		assertThat(BundledCatalog.slugs()).hasSizeLessThanOrEqualTo(RegionsForm.MAX);
		List<String> many = java.util.stream.IntStream.rangeClosed(0, RegionsForm.MAX).mapToObj((i) -> "p" + i)
			.toList();
		MvcTestResult tooMany = get("/regions?providers=" + String.join(",", many));
		assertThat(tooMany).hasStatus(400);
		assertThat(text(tooMany)).contains("101 providers were given: show at most 100 at a time.");
	}

	@Test
	void usersFormAloneIsAnEmptyForm() {
		MvcTestResult result = get("/regions/users");

		assertThat(result).hasStatusOk().hasViewName(RegionController.USERS_VIEW);
		assertThat(text(result)).contains("Where are your users?").doesNotContain("Latency and regions");
		assertThat(count(html(result), "name=\"metros\"")).isEqualTo(100);
		assertThat(count(html(result), "<select name=\"continents\"")).isEqualTo(6);
	}

	@Test
	void usersGetLatenciesARegionChoiceAndItsCost() {
		MvcTestResult result = get("/regions/users?continents=europe:60,north-america:40&within=100&goal=90");

		assertThat(result).hasStatusOk();
		String text = text(result);
		assertThat(text).contains("Latency and regions, within 100 ms").contains("Fewest regions for 90%")
			.contains("One machine in each region");
		assertThat(html(result)).contains("id=\"plan-fly-io\"").contains("id=\"plan-render\"")
			.containsPattern("\\$[0-9]+\\.[0-9]{2}");
		assertThat(html(result)).as("the form keeps the weights")
			.contains("<option value=\"europe:60\" selected=\"selected\">");
	}

	@Test
	void usersInMetrosAreAnsweredToo() {
		MvcTestResult result = get("/regions/users?metros=tokyo-jp,london-gb:2");

		assertThat(result).hasStatusOk();
		assertThat(text(result)).contains("London, United Kingdom").contains("66.7%");
		assertThat(html(result)).contains("value=\"tokyo-jp\" checked=\"checked\"");
	}

	@Test
	void unknownMetroIsABadRequestThatNamesIt() {
		MvcTestResult result = get("/regions/users?metros=tokyo-jp,atlantis-xx");

		assertThat(result).hasStatus(400).hasViewName(RegionController.USERS_VIEW);
		assertThat(text(result)).contains("Metro areas: No metro area with the id 'atlantis-xx' is in the list")
			.doesNotContain("Latency and regions");
	}

	@Test
	void unknownContinentIsABadRequestThatNamesIt() {
		MvcTestResult result = get("/regions/users?continents=antarctica:10");

		assertThat(result).hasStatus(400);
		assertThat(text(result)).contains("Continents: Not a continent: 'antarctica'.");
	}

	@Test
	void badTimeGoalOrNobodyAreBadRequests() {
		MvcTestResult time = get("/regions/users?metros=tokyo-jp&within=75&goal=101");
		assertThat(time).hasStatus(400);
		assertThat(text(time)).contains("Round trip: Not a round trip this page offers: '75'.")
			.contains("Goal: Not a goal: '101'.");
		assertThat(text(get("/regions/users?goal=0&within=1&continents=mars:1&metros=atlantis-xx")))
			.as("the form's constraint puts each problem on its field, listed in the form's order")
			.containsSubsequence("Metro areas: ", "Continents: ", "Round trip: ", "Goal: ");

		MvcTestResult nobody = get("/regions/users?continents=&within=100&goal=90");
		assertThat(nobody).hasStatus(400);
		assertThat(text(nobody)).contains("Say where your users are");
	}

	@Test
	void noPageShowsAStackTrace() {
		for (String uri : List.of("/regions?providers=%3Cscript%3E", "/regions/users?metros=%3Cscript%3E",
				"/regions/users?goal=abc&metros=x")) {
			MvcTestResult result = get(uri);
			assertThat(result).hasStatus(400);
			assertThat(html(result)).doesNotContain("Exception").doesNotContain("<script>");
		}
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(URI.create(uri)).exchange();
	}

	private static String html(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(MvcTestResult result) {
		return HtmlUtils.htmlUnescape(html(result).replaceAll("<[^>]+>", "").replaceAll("\\s+", " "));
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

	/** The picker's checked providers, in page order. */
	private static List<String> checked(MvcTestResult result) {
		Matcher matcher = Pattern.compile("name=\"providers\" value=\"([a-z0-9-]+)\" checked").matcher(html(result));
		List<String> slugs = new java.util.ArrayList<>();
		while (matcher.find()) {
			slugs.add(matcher.group(1));
		}
		return slugs;
	}

	/** The atlas of the real data, the catalog's settings and a fixed clock. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CatalogProperties.class)
	static class RealData {

		@Bean
		RegionAtlas regionAtlas() {
			return RegionFixtures.atlas();
		}

		@Bean
		Clock clock() {
			return CatalogFixtures.CLOCK;
		}

	}

	/** A provider's regions in the bundled data: with coordinates, current or not, and without. */
	private record Counts(int current, int former, int unmapped, int unmappedCurrent) {

		static Counts of(String slug) {
			List<io.paasatlas.catalog.ProviderProfile.Region> regions = BundledCatalog.profile(slug).regions().list();
			int current = 0;
			int former = 0;
			int unmapped = 0;
			int unmappedCurrent = 0;
			for (io.paasatlas.catalog.ProviderProfile.Region region : regions) {
				boolean isCurrent = region.effectiveStatus() == io.paasatlas.catalog.RegionStatus.CURRENT;
				if (region.latitude() == null || region.longitude() == null) {
					unmapped++;
					unmappedCurrent += isCurrent ? 1 : 0;
				}
				else if (isCurrent) {
					current++;
				}
				else {
					former++;
				}
			}
			return new Counts(current, former, unmapped, unmappedCurrent);
		}
	}

}
