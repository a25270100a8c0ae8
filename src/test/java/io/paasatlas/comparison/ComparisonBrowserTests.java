package io.paasatlas.comparison;

import java.util.List;

import io.paasatlas.browser.Browser;
import io.paasatlas.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison as a visitor builds it, without JavaScript: from a provider page's "Compare with…" link, through
 * the form, to the permalink and its columns; then removing a column, and the page on a phone and in dark mode.
 */
class ComparisonBrowserTests extends BrowserTestSupport {

	@Test
	void buildsAComparisonFromAProviderPageThroughTheForm() {
		this.browser.open("/providers/fly-io");
		this.browser.clickAndWaitForPage(this.browser.driver().findElement(By.linkText("Compare with…")));

		assertThat(this.browser.pathAndQuery()).isEqualTo("/compare?providers=fly-io");
		assertThat(this.browser.find("#compare-errors").getText())
			.contains("Only 1 provider was given ('fly-io'): choose at least 2 to compare.");
		assertThat(checkbox("fly-io").isSelected()).isTrue();
		assertThat(this.browser.findAll("table#comparison")).isEmpty();

		checkbox("heroku").click();
		checkbox("render").click();
		this.browser.clickAndWaitForPage(this.browser.find("#compare-picker button[type=submit]"));

		assertThat(this.browser.pathAndQuery()).isEqualTo("/compare?providers=fly-io,heroku,render");
		assertThat(columns()).containsExactly("Fly.io", "Heroku", "Render");
		assertThat(this.browser.driver().getTitle()).isEqualTo("Compare Fly.io, Heroku, Render – PaaS Atlas");
		assertThat(this.browser.findAll("#compare-errors")).isEmpty();
		assertThat(this.browser.findAll("#comparison tbody tr.section th")).extracting(WebElement::getText)
			// and, since the notes (issue 16), each column's sources
			.containsExactly("Pricing", "Regions", "Deployment", "Features", "Language support",
					"Pros, cons and verdict", "Sources");

		WebElement regions = this.browser.find("#row-region-count");
		assertThat(regions.getText()).contains("most is best");
		assertThat(regions.findElements(By.cssSelector("td"))).hasSize(3)
			.allSatisfy((cell) -> {
				assertThat(cell.getText()).containsPattern("\\d+ regions");
				// the source and date are a numbered note now (issue 16), listed at the foot of the column
				assertThat(cell.findElement(By.cssSelector("a.ref")).getAttribute("title")).contains("as of");
			});
		assertThat(this.browser.find("#row-sources td[data-provider=heroku] ol.notes").getText()).contains("as of");
		assertThat(regions.findElements(By.cssSelector("td.best .best-mark"))).extracting(WebElement::getText)
			.as("one provider has the most regions, marked in words")
			.containsExactly("★ best");
		assertThat(this.browser.findAll("#comparison tr.differs .differs-mark")).as("rows that differ say so")
			.isNotEmpty()
			.allSatisfy((mark) -> assertThat(mark.getText()).isEqualTo("differs"));
		assertThat(this.browser.findAll("#row-feature-auto-scaling td")).hasSize(3);
		this.browser.screenshot("compare");
	}

	@Test
	void removingAColumnKeepsTheOthersInOrder() {
		this.browser.open("/compare?providers=render,fly-io,heroku");
		WebElement fly = this.browser.find("#comparison thead th[data-provider=fly-io] a.remove");
		assertThat(fly.getAttribute("aria-label")).isEqualTo("Remove Fly.io from the comparison");

		this.browser.clickAndWaitForPage(fly);

		assertThat(this.browser.pathAndQuery()).isEqualTo("/compare?providers=render,heroku");
		assertThat(columns()).containsExactly("Render", "Heroku");
		assertThat(checkbox("render").isSelected()).isTrue();
		assertThat(checkbox("fly-io").isSelected()).isFalse();
	}

	@Test
	void anUnknownProviderSaysWhichAndTheFormStillWorks() {
		this.browser.open("/compare?providers=fly-io,nowhere-cloud");

		assertThat(this.browser.find("#compare-errors").getText())
			.contains("No provider with the slug 'nowhere-cloud' is in the catalog.");
		checkbox("railway").click();
		this.browser.clickAndWaitForPage(this.browser.find("#compare-picker button[type=submit]"));
		assertThat(this.browser.pathAndQuery()).isEqualTo("/compare?providers=fly-io,railway");
		assertThat(columns()).containsExactly("Fly.io", "Railway");
	}

	@Test
	void wideComparisonsScrollInsideTheirTableOnAPhoneAndFollowTheDarkMode() {
		this.browser.open("/compare?providers=fly-io,heroku,render,railway,pythonanywhere");

		this.browser.assertNoHorizontalOverflow();
		this.browser.script("document.getElementById('row-feature-ci-cd').scrollIntoView({block: 'center'})");
		assertThat((Number) this.browser.script(
				"return document.querySelector('#comparison thead th[data-provider=fly-io]').getBoundingClientRect().top"))
			.as("on a desktop the provider names stay at the top of the window")
			.satisfies((top) -> assertThat(top.doubleValue()).isBetween(-1.0, 1.0));
		this.browser.screenshotOfWindow("compare-scrolled");

		this.browser.assertNoHorizontalOverflowAtPhoneWidth();
		this.browser.atWindowWidth(Browser.PHONE_WIDTH, () -> {
			this.browser.screenshotOfWindow("compare-phone");
			// scrolled sideways inside its wrapper, the table keeps the row labels in view
			this.browser.script("""
					const wrap = document.querySelector('.compare-wrap');
					document.getElementById('row-region-count').scrollIntoView({block: 'start'});
					wrap.scrollLeft = 250;
					""");
			assertThat(this.browser.find("#row-region-count th[scope=row]").getRect().getX()).isLessThan(30);
			this.browser.screenshotOfWindow("compare-phone-table");
		});
		this.browser.assertFollowsDarkMode();
		this.browser.script("window.scrollTo(0, 0)");
		this.browser.inDarkMode(() -> this.browser.screenshotOfWindow("compare-dark"));
	}

	private WebElement checkbox(String slug) {
		return this.browser.find("#compare-picker input[name=providers][value='" + slug + "']");
	}

	private List<String> columns() {
		return this.browser.findAll("#comparison thead th[data-provider] a.provider")
			.stream()
			.map(WebElement::getText)
			.toList();
	}

}
