package io.paasatlas.advisor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.paasatlas.catalog.BundledCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /advisor} and {@code /api/advisor} on the real catalog. */
@SpringBootTest(properties = "catalog.location=data/providers")
@AutoConfigureMockMvc
class AdvisorControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void pageRanksEveryProviderWithFactLinkedReasons() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/advisor?preset=qrcards").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"advice-fly-io\"", "id=\"advice-heroku\"", "id=\"advice-render\"",
				"id=\"advice-railway\"", "id=\"advice-pythonanywhere\"")
			.contains("data-rule=\"docker-friction\"", "href=\"/providers/fly-io#deployment\"")
			.doesNotContain("style=");
	}

	@Test
	void pageWithoutParametersOffersTheForm() {
		assertThat(this.mvc.get().uri("/advisor")).hasStatusOk().bodyText().contains("id=\"needs\"");
	}

	@Test
	void badInputIsA400PageNamingEachField() {
		MvcTestResult result = this.mvc.get().uri("/advisor?instances=0&docker=maybe").exchange();
		assertThat(result).hasStatus(400);
		assertThat(result).bodyText().contains("must be a whole number from 1 to 1,000").contains("must be familiar or unfamiliar");
	}

	@Test
	void apiGivesTheSeedsVerdictForFlyOnTheQrcardsPreset() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/advisor?preset=qrcards").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.providers.length()").isEqualTo(BundledCatalog.slugs().size());
			json.assertThat().extractingPath("$.providers[?(@.slug == 'fly-io')].verdict").asArray()
				.containsExactly("not-recommended");
			json.assertThat().extractingPath("$.providers[?(@.slug == 'fly-io')].reasons[?(@.effect == 'against')].rule")
				.asArray()
				.containsExactly("global-reach-unused", "costlier-than-single-region-alternatives", "docker-friction");
		});
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/advisor-qrcards.json"), result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void apiRejectsBadInputAsAProblemNamingTheField() {
		MvcTestResult result = this.mvc.get().uri("/api/advisor?budget=-1").exchange();
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("budget");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message")
			.isEqualTo("must be an amount from 0 to 100,000 with at most two decimals");
	}

}
