package io.paasatlas.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog as a visitor meets it: home page, provider table and its filters, a provider page, a 404. */
class CatalogBrowserTests extends BrowserTestSupport {

	@Test
	void homeLeadsToTheTableOfAllProviders() {
		this.browser.open("/");
		this.browser.clickAndWaitForPage(this.browser.find("header.site nav a[href='/providers']"));

		assertThat(this.browser.pathAndQuery()).isEqualTo("/providers");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Providers");
		assertThat(providerNames()).as("sorted by name").containsSubsequence("Fly.io", "Heroku", "PythonAnywhere",
				"Railway", "Render");
		this.browser.screenshot("providers");
	}

	@Test
	void freeTierFilterNarrowsTheTableAndLandsInTheAddress() {
		this.browser.open("/providers");
		List<Row> all = rows();
		// the rarest free tier in the data, so that the filter visibly narrows the table
		String freeTier = all.stream()
			.collect(Collectors.groupingBy(Row::freeTier, LinkedHashMap::new, Collectors.counting()))
			.entrySet()
			.stream()
			.min(Map.Entry.comparingByValue())
			.orElseThrow()
			.getKey();

		Select select = new Select(this.browser.find("select#freeTier"));
		select.selectByVisibleText(freeTier);
		String value = select.getFirstSelectedOption().getDomAttribute("value");
		this.browser.clickAndWaitForPage(this.browser.find("form.filters button[type=submit]"));

		assertThat(this.browser.pathAndQuery()).startsWith("/providers?").contains("freeTier=" + value);
		assertThat(this.browser.findAll(".errors")).as("validation errors of the submitted form")
			.extracting(WebElement::getText)
			.isEmpty();
		List<String> expected = all.stream().filter((row) -> row.freeTier().equals(freeTier)).map(Row::name).toList();
		assertThat(rows()).extracting(Row::name)
			.as("providers whose free tier is '%s'", freeTier)
			.containsExactlyElementsOf(expected)
			.hasSizeLessThan(all.size());
		assertThat(new Select(this.browser.find("select#freeTier")).getFirstSelectedOption().getDomAttribute("value"))
			.as("the form shows the filter in use")
			.isEqualTo(value);
		assertThat(this.browser.driver().findElements(By.linkText("Clear filters"))).hasSize(1);
	}

	@Test
	void providerPageShowsEverySectionWithDatedSources() {
		this.browser.open("/providers");
		this.browser.clickAndWaitForPage(this.browser.driver().findElement(By.linkText("Fly.io")));

		assertThat(this.browser.pathAndQuery()).isEqualTo("/providers/fly-io");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Fly.io");
		assertThat(this.browser.driver().getTitle()).startsWith("Fly.io");
		assertThat(this.browser.findAll("main h2")).extracting(WebElement::getText)
			.contains("Pricing", "Deployment", "Features", "Regions", "Verdict");
		for (String id : List.of("pricing", "deployment", "features", "regions", "verdict")) {
			assertThat(this.browser.findAll("h2#" + id)).as("section #%s", id).hasSize(1);
		}
		// facts carry numbered notes (issue 16): the number names the source and date on hover, and links to them
		assertThat(this.browser.findAll("main a.ref")).as("facts link to their sources")
			.allSatisfy((ref) -> assertThat(ref.getAttribute("title")).containsAnyOf("as of", "undated"));
		WebElement ref = this.browser.find("#pricing ~ dl a.ref");
		String target = ref.getAttribute("href").substring(ref.getAttribute("href").indexOf('#') + 1);
		assertThat(this.browser.find("ol.notes [id='" + target + "']").getText()).contains("as of");
		this.browser.script("arguments[0].focus()", ref);
		assertThat((String) this.browser.script("return getComputedStyle(arguments[0], '::after').content", ref))
			.as("keyboard focus shows the source's title and date")
			.contains(ref.getAttribute("title"));
		assertThat(this.browser.findAll("ol.notes li"))
			.as("the sources, each with its as-of date and a link")
			.anySatisfy((note) -> {
				assertThat(note.getText()).contains("as of");
				assertThat(note.findElements(By.cssSelector("a[href^='http']"))).isNotEmpty();
			});
		this.browser.screenshot("provider-fly-io");
	}

	@Test
	void unknownProviderShowsTheNotFoundPageWithAWayBack() {
		this.browser.open("/providers/no-such-provider");

		assertThat(this.browser.find("h1").getText()).isEqualTo("Not found");
		assertThat(this.browser.find("main").getText()).contains("no-such-provider")
			.doesNotContain("Whitelabel", "Exception");
		this.browser.clickAndWaitForPage(this.browser.driver().findElement(By.linkText("See all providers")));
		assertThat(this.browser.pathAndQuery()).isEqualTo("/providers");
		assertThat(providerNames()).contains("Fly.io");
	}

	/**
	 * The table and Fly.io's page, the widest, at phone width. Every page of the site is checked for sideways
	 * scrolling at that width by {@link AccessibilityBrowserTests}; these two keep screenshots to look at.
	 */
	@Test
	void tableAndProviderPageFitAPhoneScreen() {
		for (String path : List.of("/providers", "/providers/fly-io")) {
			this.browser.open(path);
			this.browser.atWindowWidth(Browser.PHONE_WIDTH,
					() -> this.browser.screenshotOfWindow("phone" + path.replace('/', '-')));
			this.browser.assertNoHorizontalOverflowAtPhoneWidth();
		}
	}

	@Test
	void providerPageFollowsTheDarkMode() {
		this.browser.open("/providers/fly-io");

		this.browser.assertFollowsDarkMode();
		this.browser.inDarkMode(() -> this.browser.screenshotOfWindow("dark-provider-fly-io"));
	}

	private List<String> providerNames() {
		return rows().stream().map(Row::name).toList();
	}

	private List<Row> rows() {
		return this.browser.findAll("#providers tbody tr")
			.stream()
			.filter((tr) -> !tr.findElements(By.cssSelector("th[scope=row]")).isEmpty())
			.map((tr) -> new Row(tr.findElement(By.cssSelector("th[scope=row] > a")).getText(),
					tr.findElement(By.cssSelector("td[data-label='Free tier']")).getText()))
			.toList();
	}

	/** A row of the provider table: the name and the free tier, as shown. */
	record Row(String name, String freeTier) {
	}

}
