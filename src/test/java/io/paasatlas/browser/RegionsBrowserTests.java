package io.paasatlas.browser;

import java.util.List;

import io.paasatlas.catalog.BundledCatalog;
import io.paasatlas.catalog.RegionStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regions atlas as a visitor meets it: the map of two providers' regions with its legend, the tables and the
 * reach, the picker, the users form and its answer, and a wrong provider.
 */
class RegionsBrowserTests extends BrowserTestSupport {

	@Test
	void mapShowsEachProvidersRegionsAsMarkers() {
		this.browser.open("/regions?providers=fly-io,render");

		WebElement svg = this.browser.find("#world-map > svg");
		assertThat(svg.getAttribute("role")).isEqualTo("img");
		assertThat(this.browser.find("#world-map > svg > title").getDomProperty("textContent"))
			.isEqualTo("World map of the regions of Fly.io, Render");
		assertThat(this.browser.find("#world-map > svg > desc").getDomProperty("textContent"))
			.contains("current regions are drawn as filled markers");
		assertThat(svg.getSize().getWidth()).as("the map spans the page").isGreaterThan(900);
		assertThat(svg.getSize().getHeight()).isBetween(300, 500);

		List<WebElement> fly = this.browser.findAll("#world-map use.marker[data-provider='fly-io']");
		List<WebElement> render = this.browser.findAll("#world-map use.marker[data-provider='render']");
		assertThat(this.browser.findAll("#world-map use.marker.current[data-provider='fly-io']"))
			.hasSize(mapped("fly-io", true));
		assertThat(fly).hasSize(mapped("fly-io", true) + mapped("fly-io", false));
		assertThat(render).as("Render's regions with coordinates").hasSize(mapped("render", true) + mapped("render", false));
		assertThat(this.browser.find("#world-map use.marker[data-region='fra'] > title").getDomProperty("textContent"))
			.isEqualTo("Fly.io: fra, Frankfurt, Germany (current)");
		assertThat(fly.get(0).getCssValue("fill")).as("each provider has its own colour")
			.isNotEqualTo(render.get(0).getCssValue("fill"));
		for (WebElement marker : List.of(fly.get(fly.size() - 1), render.get(0))) {
			assertThat(marker.isDisplayed()).isTrue();
			assertThat(marker.getRect().getWidth()).as("a marker is big enough to see and point at").isBetween(7, 20);
		}
		// Render names only the states of its US regions: they are drawn where the data places them, dashed, and
		// say so on hover, in the legend and in the tables
		WebElement oregon = this.browser.find("#world-map use.marker[data-region='oregon']");
		assertThat(oregon.getDomAttribute("class")).contains("approximate");
		assertThat(oregon.getCssValue("stroke-dasharray")).isNotEqualTo("none");
		assertThat(this.browser.find("#world-map use.marker[data-region='oregon'] > title").getDomProperty("textContent"))
			.contains("approximate location: The source names only the state");
		assertThat(this.browser.find("#world-map use.marker[data-region='fra']").getCssValue("stroke-dasharray"))
			.isEqualTo("none");
		assertThat(this.browser.find("#map-legend").getText()).contains("Dashed edge: an approximate location");
		assertThat(this.browser.find("#continent-north-america").getText()).contains("Oregon (state; no city stated) approximate");
		assertThat(this.browser.findAll("#world-map .metro-dots circle")).hasSize(100);
		List<String> legend = this.browser.findAll("#map-legend li[data-provider]").stream().map(WebElement::getText)
			.toList();
		assertThat(legend).hasSize(2);
		assertThat(legend.get(0)).matches("Fly\\.io \\(([a-z ]+)\\): " + mapped("fly-io", true) + " current regions");
		assertThat(legend.get(1)).matches("Render \\(([a-z ]+)\\): " + mapped("render", true) + " current regions");
		assertThat(shape(legend.get(0))).as("each provider has its own shape").isNotEqualTo(shape(legend.get(1)));
		List<String> unmapped = unmapped("fly-io", "render");
		if (unmapped.isEmpty()) {
			assertThat(this.browser.findAll("#unmapped")).isEmpty();
		}
		else {
			assertThat(this.browser.find("#unmapped").getText()).contains(unmapped);
		}

		this.browser.script("document.getElementById('map').scrollIntoView()");
		this.browser.screenshotOfWindow("regions");
	}

	@Test
	void tablesAndReachFollowTheMap() {
		this.browser.open("/regions?providers=fly-io,render");

		assertThat(this.browser.find("#continent-europe").getText()).contains("Frankfurt", "fra", "frankfurt");
		assertThat(this.browser.find("#former-regions").getText()).contains("atl", "dfw", "deprecated");
		assertThat(this.browser.find("#region-history").getText()).contains("Regions list cut from 35 to 18");
		assertThat(this.browser.find("#reach-assumptions").getText()).contains("200 km per millisecond",
				"1.5 times", "5 ms added");
		assertThat(this.browser.findAll("#reach-table tbody tr")).hasSize(2);
		int left = (int) BundledCatalog.profile("render").regions().list().stream()
			.filter((r) -> r.effectiveStatus() == RegionStatus.CURRENT && r.latitude() == null)
			.count();
		String render = this.browser.find("#reach-table tbody tr[data-provider='render']").getText();
		if (left > 0) {
			assertThat(render).contains(left + (left == 1 ? " region" : " regions") + " without coordinates left out");
		}
		else {
			assertThat(render).doesNotContain("without coordinates");
		}
	}

	@Test
	void pickerChangesTheProvidersAndTheAddress() {
		this.browser.open("/regions?providers=fly-io,render");

		this.browser.find("#atlas-picker input[value='render']").click();
		this.browser.find("#atlas-picker input[value='railway']").click();
		this.browser.clickAndWaitForPage(this.browser.find("#atlas-picker button[type=submit]"));

		assertThat(this.browser.pathAndQuery()).isEqualTo("/regions?providers=fly-io&providers=railway");
		assertThat(this.browser.findAll("#map-legend li[data-provider]"))
			.extracting((e) -> e.getAttribute("data-provider"))
			.containsExactly("fly-io", "railway");
	}

	@Test
	void usersFormAnswersWithLatenciesRegionsAndCost() {
		this.browser.open("/regions");
		this.browser
			.clickAndWaitForPage(this.browser.driver().findElement(By.partialLinkText("Where are your users?")));

		new Select(this.browser.find("select[data-continent='europe']")).selectByValue("europe:60");
		new Select(this.browser.find("select[data-continent='north-america']")).selectByValue("north-america:40");
		this.browser.clickAndWaitForPage(this.browser.find("#users-form button[type=submit]"));

		assertThat(this.browser.pathAndQuery()).startsWith("/regions/users?").contains("continents=europe%3A60");
		WebElement fly = this.browser.find("#users-results tr[data-provider='fly-io']");
		assertThat(fly.getText()).containsPattern("[0-9]+ ms").containsPattern("\\$[0-9]+\\.[0-9]{2}");
		assertThat(this.browser.findAll("#users-results tbody tr")).hasSize(BundledCatalog.slugs().size());
		assertThat(this.browser.find("#plan-fly-io").getText()).contains("Regions picked, in order", "Total");
		this.browser.script("document.getElementById('latency').scrollIntoView()");
		this.browser.screenshotOfWindow("regions-users");
	}

	@Test
	void unknownProviderSaysSoAndKeepsThePicker() {
		this.browser.open("/regions?providers=fly-io,no-such-provider");

		assertThat(this.browser.find("#atlas-errors").getText()).contains("no-such-provider");
		assertThat(this.browser.findAll("#atlas-picker input[type=checkbox]")).hasSize(BundledCatalog.slugs().size());
		assertThat(this.browser.find("main").getText()).doesNotContain("Whitelabel", "Exception");
	}

	@Test
	void atlasFitsAPhoneAndFollowsTheDarkMode() {
		this.browser.open("/regions?providers=fly-io,render");

		this.browser.assertNoHorizontalOverflowAtPhoneWidth();
		this.browser.assertFollowsDarkMode();
		this.browser.inDarkMode(() -> {
			this.browser.script("document.getElementById('map').scrollIntoView()");
			this.browser.screenshotOfWindow("dark-regions");
		});
	}

	@Test
	void everyProviderAtOnceIsReadable() {
		this.browser.open("/regions");

		assertThat(this.browser.findAll("#world-map circle.place")).as("a circle per place").isNotEmpty();
		assertThat(this.browser.find("#world-map > svg > desc").getDomProperty("textContent"))
			.contains("draws places");
		assertThat(this.browser.findAll("#regions-by-continent tbody tr")).as("a row per provider")
			.hasSize(BundledCatalog.slugs().size());
		this.browser.assertNoHorizontalOverflow();
		// the picker sends back every provider it shows checked
		this.browser.clickAndWaitForPage(this.browser.find("#atlas-picker button[type=submit]"));
		assertThat(this.browser.findAll("#atlas-errors")).isEmpty();
		assertThat(this.browser.findAll("#world-map circle.place")).isNotEmpty();
		this.browser.screenshotOfWindow("regions-all");
	}

	@Test
	void usersPageFitsAPhone() {
		this.browser.open("/regions/users?continents=europe:60,asia:40");

		this.browser.assertNoHorizontalOverflowAtPhoneWidth();
		this.browser.atWindowWidth(Browser.PHONE_WIDTH, () -> this.browser.screenshotOfWindow("phone-regions-users"));
	}

	/** How many of a provider's current (or former) regions have coordinates in the bundled data. */
	private static int mapped(String slug, boolean current) {
		return (int) BundledCatalog.profile(slug).regions().list().stream()
			.filter((r) -> (r.effectiveStatus() == RegionStatus.CURRENT) == current)
			.filter((r) -> r.latitude() != null && r.longitude() != null)
			.count();
	}

	/** The codes of the providers' regions without coordinates. */
	private static List<String> unmapped(String... slugs) {
		return java.util.Arrays.stream(slugs)
			.flatMap((slug) -> BundledCatalog.profile(slug).regions().list().stream())
			.filter((r) -> r.latitude() == null || r.longitude() == null)
			.map((r) -> r.code())
			.toList();
	}

	/** The shape a legend entry names: "circle" of "Fly.io (circle): 18 current regions". */
	private static String shape(String legend) {
		return legend.substring(legend.indexOf('(') + 1, legend.indexOf(')'));
	}

}
