package io.paasatlas.estimate;

import io.paasatlas.browser.Browser;
import io.paasatlas.browser.BrowserTestSupport;
import io.paasatlas.catalog.BundledCatalog;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimate page as a visitor uses it in headless Chromium: choose the Global Flask App preset in the form, run
 * the estimate, read the results and both charts; on a phone and in dark mode too. Screenshots go to
 * {@code target/screenshots/estimate*.png}.
 */
class EstimateBrowserTests extends BrowserTestSupport {

	@Test
	void globalFlaskPresetChosenInTheFormPricesEveryProviderWithBothCharts() {
		this.browser.open("/estimate");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Estimate the monthly cost");
		assertThat(this.browser.find("header.site nav a.active").getText()).isEqualTo("Estimate");

		new Select(this.browser.find("select#preset-choice")).selectByValue("global-flask");
		this.browser.clickAndWaitForPage(this.browser.find("form.preset-form button[type=submit]"));
		assertThat(this.browser.pathAndQuery()).isEqualTo("/estimate?preset=global-flask");
		assertThat(this.browser.find("input#storageGb").getAttribute("value")).isEqualTo("3");
		assertThat(this.browser.find("input#egressGb").getAttribute("value")).isEqualTo("250");

		// run the estimate with the form as the preset filled it: every field lands in the address
		this.browser.clickAndWaitForPage(this.browser.find("form#workload button[type=submit]"));
		assertThat(this.browser.pathAndQuery()).startsWith("/estimate?")
			.contains("instances=1", "memoryMb=512", "storageGb=3", "egressGb=250", "regions=us-east",
					"regions=eu-west", "regions=asia-southeast");

		assertThat(this.browser.find(".workload-summary").getText()).contains("Global Flask App preset");
		int providers = BundledCatalog.slugs().size();
		assertThat(this.browser.findAll("#summary tbody tr")).hasSize(providers);
		// with the whole catalog, each provider's breakdown is folded: its lines, then a link to the whole of it
		assertThat(this.browser.findAll("details.result")).hasSize(providers);
		assertThat(this.browser.findAll("details.result table.lines tbody tr")).hasSizeGreaterThan(providers);
		WebElement fly = this.browser.find("#result-fly-io");
		assertThat(fly.getAttribute("open")).as("folded at first").isNull();
		fly.findElement(By.tagName("summary")).click();
		assertThat(fly.findElement(By.cssSelector(".published-total")).getText()).isEqualTo("~$20–25");
		assertThat(fly.findElement(By.cssSelector(".computed-total")).getText()).startsWith("$");

		WebElement totals = this.browser.find("#chart-totals svg[role=img]");
		assertThat(totals.findElements(By.cssSelector("rect"))).isNotEmpty();
		assertThat(this.browser.find("#totals-title").getAttribute("textContent"))
			.isEqualTo("Monthly total per provider");
		WebElement growth = this.browser.find("#chart-growth svg[role=img]");
		// a line for each of the cheapest providers that can run the preset at some size, as many as can be told
		// apart; the table gives them all
		int lines = growth.findElements(By.cssSelector("g.series")).size();
		assertThat(lines).isBetween(3, 8);
		assertThat(growth.findElements(By.cssSelector("polyline"))).hasSizeGreaterThanOrEqualTo(lines);
		assertThat(this.browser.find("#growth-desc").getAttribute("textContent")).contains(
				this.browser.find("#summary tbody tr th a").getText());
		assertThat(this.browser.findAll("ul.legend li")).hasSize(lines);
		assertThat(this.browser.findAll("#growth-table tbody tr")).hasSizeGreaterThanOrEqualTo(lines);
		Number chartWidth = (Number) this.browser.script(
				"return document.querySelector('#chart-growth svg').getBoundingClientRect().width");
		assertThat(chartWidth.doubleValue()).as("the growth chart is drawn at a readable size").isGreaterThan(400);
		this.browser.screenshot("estimate");

		// the whole breakdown of one provider, with the seed's published estimate beside the computed one
		this.browser.clickAndWaitForPage(fly.findElement(By.cssSelector(".profile-link a")));
		assertThat(this.browser.pathAndQuery()).isEqualTo("/estimate?preset=global-flask&providers=fly-io");
		WebElement card = this.browser.find("article#result-fly-io");
		assertThat(card.findElement(By.cssSelector(".published-total")).getText()).isEqualTo("~$20–25");
		assertThat(card.findElements(By.cssSelector("table.lines tbody tr"))).isNotEmpty();
		assertThat(card.findElements(By.cssSelector("table.seed-table tbody tr"))).isNotEmpty();
	}

	@Test
	void estimateFitsAPhoneAndFollowsTheDarkMode() {
		this.browser.open("/estimate?preset=global-flask");

		this.browser.assertNoHorizontalOverflowAtPhoneWidth();
		this.browser.atWindowWidth(Browser.PHONE_WIDTH, () -> this.browser.screenshot("estimate-phone"));
		this.browser.assertFollowsDarkMode();
		this.browser.inDarkMode(() -> this.browser.screenshot("estimate-dark"));
	}

	@Test
	void badInputShowsTheMessagesBesideTheFields() {
		this.browser.open("/estimate?instances=-1&regions=mars");

		assertThat(this.browser.find("#form-errors").getText()).contains("Instances per region", "Regions");
		assertThat(this.browser.find("#instances-error").getText()).isEqualTo("must be a whole number from 1 to 1,000");
		assertThat(this.browser.find("input#instances").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(this.browser.findAll("#results")).isEmpty();
		this.browser.screenshot("estimate-invalid");
	}

}
