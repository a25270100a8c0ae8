package io.paasatlas.deploy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /deploy}, {@code /deploy/{slug}.zip} and {@code /api/deploy} on the real catalog. */
@SpringBootTest(properties = "catalog.location=data/providers")
@AutoConfigureMockMvc
class DeployControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void pageWithoutProviderOffersEveryProvider() {
		MvcTestResult result = this.mvc.get().uri("/deploy").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("id=\"pick-fly-io\"", "id=\"pick-render\"", "id=\"pick-railway\"",
				"id=\"pick-heroku\"", "id=\"pick-pythonanywhere\"").doesNotContain("id=\"deployment\"");
	}

	@Test
	void pageShowsEveryFileTheCommandsAndTheCost() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/deploy?provider=fly-io&regions=iad,lhr,sin").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("data-path=\"fly.toml\"", "data-path=\"Dockerfile\"", "data-path=\"app.py\"",
				"data-path=\"requirements.txt\"", "data-path=\".github/workflows/fly-deploy.yml\"", "data-path=\"README.md\"")
			.contains("id=\"step-first-deploy\"", "id=\"step-regions\"", "flyctl scale count 1 --region lhr")
			.contains("<strong>about $9.70</strong>")
			.contains("href=\"/deploy/fly-io.zip?provider=fly-io&amp;name=flask-app&amp;python=3.13")
			.contains("primary_region = &quot;iad&quot;")
			.doesNotContain("style=");
	}

	@Test
	void everyProviderWithAKitHasAPage() {
		for (String slug : KitCases.PROVIDERS) {
			assertThat(this.mvc.get().uri("/deploy?provider=" + slug)).hasStatusOk().bodyText()
				.contains("id=\"summary\"", "id=\"download\"");
		}
	}

	@Test
	void badInputReRendersTheFormWithEachFieldsMessageAnd400() {
		MvcTestResult result = this.mvc.get()
			.uri("/deploy?provider=heroku&python=2.7&regions=iad&entry=app&memoryMb=3&cron=weekly&name=A&postgres=maybe")
			.exchange();
		assertThat(result).hasStatus(400);
		assertThat(result).bodyText()
			.contains("must be one of 3.10, 3.11, 3.12, 3.13", "iad is not a region of Heroku: choose among us, eu",
					"must be module:variable", "must be 256, 512, 1024 or 2048", "Heroku runs cron jobs hourly, daily only",
					"must be 3 to 30 lowercase letters", "must be true or false")
			.contains("id=\"deployment\"").doesNotContain("id=\"summary\"");
	}

	@Test
	void providerSpecificLimitsAreFieldErrors() {
		assertThat(this.mvc.get().uri("/deploy?provider=render&regions=oregon,frankfurt")).hasStatus(400).bodyText()
			.contains("Render runs a service in at most 1 region(s)");
		assertThat(this.mvc.get().uri("/deploy?provider=fly-io&regions=bom&postgres=true")).hasStatus(400).bodyText()
			.contains("Managed Postgres does not run in bom");
		assertThat(this.mvc.get().uri("/deploy?provider=fly-io&regions=mad")).hasStatus(400).bodyText()
			.contains("mad is not a region of Fly.io");
		assertThat(this.mvc.get().uri("/deploy?provider=digitalocean-app-platform&regions=iad")).hasStatus(400).bodyText()
			.contains("iad is not a region of DigitalOcean App Platform: choose among ams, nyc,");
		assertThat(this.mvc.get().uri("/deploy?provider=digitalocean-app-platform&regions=nyc,fra")).hasStatus(400)
			.bodyText().contains("DigitalOcean App Platform runs a service in at most 1 region(s)");
		// osc-secnum-fr1 is in the profile but opened on request only: not a kit region
		assertThat(this.mvc.get().uri("/deploy?provider=scalingo&regions=osc-secnum-fr1")).hasStatus(400).bodyText()
			.contains("osc-secnum-fr1 is not a region of Scalingo: choose among osc-fr1");
		assertThat(this.mvc.get().uri("/deploy?provider=scalingo&python=3.10")).hasStatus(400).bodyText()
			.contains("Scalingo does not offer Python 3.10: choose one of 3.11, 3.12, 3.13");
		assertThat(this.mvc.get().uri("/deploy?provider=upsun&regions=fr-1")).hasStatus(400).bodyText()
			.contains("fr-1 is not a region of Upsun");
		assertThat(this.mvc.get().uri("/deploy?provider=upsun&memoryMb=2048")).hasStatusOk();
		// fr-north-hds is a zone of the profile that clever create does not take
		assertThat(this.mvc.get().uri("/deploy?provider=clever-cloud&regions=fr-north-hds")).hasStatus(400).bodyText()
			.contains("fr-north-hds is not a region of Clever Cloud");
		assertThat(this.mvc.get().uri("/deploy?provider=koyeb&cron=daily")).hasStatus(400).bodyText()
			.contains("Koyeb runs no cron jobs in our sources: choose none");
		assertThat(this.mvc.get().uri("/deploy?provider=koyeb&regions=tyo&postgres=true")).hasStatus(400).bodyText()
			.contains("Managed Postgres does not run in tyo");
		// Sevalla's profile lists Frankfurt only
		assertThat(this.mvc.get().uri("/deploy?provider=sevalla&regions=iad")).hasStatus(400).bodyText()
			.contains("iad is not a region of Sevalla: choose among frankfurt");
		assertThat(this.mvc.get().uri("/deploy?provider=sevalla&regions=frankfurt,frankfurt")).hasStatus(400);
		// Cloud Run's 1 vCPU takes 512 MiB at least
		assertThat(this.mvc.get().uri("/deploy?provider=google-cloud-run&memoryMb=256")).hasStatus(400).bodyText()
			.contains("Google Cloud Run has no machine for 256 MB");
	}

	@Test
	void unknownProviderIsTheNotFoundPage() {
		MvcTestResult page = this.mvc.get().uri("/deploy?provider=no-such").accept(MediaType.TEXT_HTML).exchange();
		assertThat(page).hasStatus(404).bodyText().contains("No provider with the slug").doesNotContain("Whitelabel");
		assertThat(this.mvc.get().uri("/deploy/no-such.zip").accept(MediaType.TEXT_HTML)).hasStatus(404);
	}

	@Test
	void zipHoldsTheKitUnderTheAppsFolder() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/deploy/heroku.zip?name=shop&worker=true").exchange();
		assertThat(result).hasStatusOk().hasContentType("application/zip");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment", "shop-heroku.zip");
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).containsExactly("shop/README.md", "shop/app.py", "shop/requirements.txt", "shop/worker.py",
				"shop/Procfile", "shop/.python-version", "shop/app.json");
	}

	@Test
	void zipWithBadInputIsTheFormWith400() {
		assertThat(this.mvc.get().uri("/deploy/render.zip?memoryMb=9999")).hasStatus(400).bodyText()
			.contains("must be 256, 512, 1024 or 2048");
	}

	@Test
	void apiGivesTheFilesAnnotationsStepsAndCost() {
		MvcTestResult result = this.mvc.get().uri("/api/deploy?provider=fly-io").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.cost.amount").isEqualTo(3.23);
			json.assertThat().extractingPath("$.cost.currency").isEqualTo("USD");
			json.assertThat().extractingPath("$.cost.confidence").isEqualTo("approximate");
			json.assertThat().extractingPath("$.parameters.regions").isEqualTo("iad");
			json.assertThat().extractingPath("$.files[?(@.path == 'fly.toml')].annotations[0].source.asOf").asArray()
				.containsExactly("2026-07-06");
			json.assertThat().extractingPath("$.steps[0].key").isEqualTo("first-deploy");
			json.assertThat().extractingPath("$.links.zip").asString().startsWith("/deploy/fly-io.zip?");
		});
	}

	@Test
	void apiErrorsAreProblems() {
		assertThat(this.mvc.get().uri("/api/deploy")).hasStatus(400).bodyJson()
			.extractingPath("$.errors[0].field").isEqualTo("provider");
		assertThat(this.mvc.get().uri("/api/deploy?provider=render&python=3.9")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
			.extractingPath("$.errors[0].message").isEqualTo("must be one of 3.10, 3.11, 3.12, 3.13");
		assertThat(this.mvc.get().uri("/api/deploy?provider=render&cron=often&regions=mars&python=3.9&name=X"))
			.hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray().as("in the form's order")
			.containsExactly("name", "python", "regions", "cron");
		assertThat(this.mvc.get().uri("/api/deploy?provider=no-such")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void providerPageLinksToItsKit() {
		assertThat(this.mvc.get().uri("/providers/render")).hasStatusOk().bodyText()
			.contains("id=\"deploy-kit\" href=\"/deploy?provider=render\"");
	}

	@Test
	void theOpenApiDocumentNamesTheKitsParametersAsTheFormDoes() {
		assertThat(this.mvc.get().uri("/api/openapi.json")).bodyJson()
			.extractingPath("$.paths['/api/deploy'].get.parameters[*].name")
			.asArray()
			.as("the deploy form's parameters, named once by its components")
			.containsExactlyElementsOf(DeployForm.PARAMETERS);
	}

}
