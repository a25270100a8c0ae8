package io.paasatlas.advisor;

import io.paasatlas.browser.BrowserTestSupport;
import io.paasatlas.catalog.BundledCatalog;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The advisor as a visitor uses it: from the nav to the QRCards preset and its verdicts, on a phone too. */
class AdvisorBrowserTests extends BrowserTestSupport {

	@Test
	void runsTheQrcardsPresetAndShowsFlysVerdictWithItsReasons() {
		this.browser.open("/");
		this.browser.clickAndWaitForPage(this.browser.driver().findElement(By.linkText("Advisor")));
		assertThat(this.browser.pathAndQuery()).isEqualTo("/advisor");
		this.browser.clickAndWaitForPage(this.browser.find("#preset-qrcards"));

		assertThat(this.browser.pathAndQuery()).isEqualTo("/advisor?preset=qrcards");
		assertThat(this.browser.findAll(".advice-item")).hasSize(BundledCatalog.slugs().size());
		WebElement fly = this.browser.find("#advice-fly-io");
		assertThat(fly.findElement(By.cssSelector(".badge.verdict")).getText()).isEqualTo("not recommended");
		assertThat(fly.findElements(By.cssSelector("li.effect-against"))).extracting((e) -> e.getAttribute("data-rule"))
			.containsExactly("global-reach-unused", "costlier-than-single-region-alternatives", "docker-friction");
		assertThat(fly.findElements(By.cssSelector("li.reason a.fact-link"))).allSatisfy(
				(a) -> assertThat(a.getAttribute("href")).containsAnyOf("/providers/fly-io#", "/estimate?providers=fly-io&"));
		assertThat(fly.findElements(By.cssSelector("li.reason .cite"))).isNotEmpty()
			.allSatisfy((c) -> assertThat(c.getText()).containsAnyOf("as of", "undated"));
		assertThat(fly.findElement(By.cssSelector(".advice-cost")).getText()).containsPattern("\\$\\d+\\.\\d\\d");
		this.browser.screenshot("advisor");
		this.browser.assertNoHorizontalOverflowAtPhoneWidth();
	}

	@Test
	void showsEachBadFieldWithStatus400() {
		this.browser.open("/advisor?budget=lots&regions=mars");
		assertThat(this.browser.find("#form-errors").getText()).contains("Budget a month").contains("Where your users are");
		assertThat(this.browser.findAll(".advice-item")).isEmpty();
	}

}
