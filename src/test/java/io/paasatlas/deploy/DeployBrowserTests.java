package io.paasatlas.deploy;

import io.paasatlas.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The deployment kit as a visitor uses it: from the nav to a provider, its form, the files, the cost; on a phone too. */
class DeployBrowserTests extends BrowserTestSupport {

	@Test
	void generatesTheFlyKitForThreeRegionsAndShowsFilesCommandsAndCost() {
		this.browser.open("/");
		this.browser.clickAndWaitForPage(this.browser.driver().findElement(By.linkText("Deploy")));
		assertThat(this.browser.pathAndQuery()).isEqualTo("/deploy");
		this.browser.clickAndWaitForPage(this.browser.find("#pick-fly-io"));
		assertThat(this.browser.pathAndQuery()).isEqualTo("/deploy?provider=fly-io");

		for (String region : new String[] { "lhr", "sin" }) {
			this.browser.find("#regions-set input[value='" + region + "']").click();
		}
		this.browser.clickAndWaitForPage(this.browser.find("#deployment button[type=submit]"));

		assertThat(this.browser.pathAndQuery()).startsWith("/deploy?provider=fly-io&").contains("regions=iad&regions=lhr&regions=sin");
		assertThat(this.browser.find("#cost").getText()).contains("$9.70");
		assertThat(this.browser.findAll(".deploy-file")).extracting((e) -> e.getAttribute("data-path"))
			.contains("Dockerfile", "fly.toml", ".github/workflows/fly-deploy.yml", "app.py", "README.md");
		WebElement flyToml = this.browser.find(".deploy-file[data-path='fly.toml']");
		assertThat(flyToml.findElement(By.cssSelector("pre")).getText()).contains("primary_region = \"iad\"");
		assertThat(flyToml.findElements(By.cssSelector("table.annotations tbody tr"))).hasSizeGreaterThan(10)
			.allSatisfy((row) -> assertThat(row.getText()).containsAnyOf("as of", "undated"));
		assertThat(this.browser.find("#step-regions pre").getText()).contains("flyctl scale count 1 --region lhr");
		assertThat(this.browser.find("#download").getAttribute("href")).contains("/deploy/fly-io.zip?provider=fly-io");
		this.browser.screenshot("deploy-fly-io");
		this.browser.assertNoHorizontalOverflowAtPhoneWidth();
	}

	@Test
	void showsEachBadFieldWithStatus400() {
		this.browser.open("/deploy?provider=render&regions=oregon,ohio&entry=not-valid");
		assertThat(this.browser.find("#form-errors").getText()).contains("Regions", "WSGI entry point");
		assertThat(this.browser.findAll("#summary")).isEmpty();
		this.browser.assertNoHorizontalOverflowAtPhoneWidth();
	}

	@Test
	void providerPageLeadsToItsKit() {
		this.browser.open("/providers/heroku");
		this.browser.clickAndWaitForPage(this.browser.find("#deploy-kit"));
		assertThat(this.browser.pathAndQuery()).isEqualTo("/deploy?provider=heroku");
		assertThat(this.browser.find("#summary").getText()).contains("Basic, 512 MB", "$7.00");
	}

}
