package io.paasatlas.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.paasatlas.catalog.BundledCatalog;
import io.paasatlas.catalog.FreeTierStatus;
import io.paasatlas.catalog.ProviderProfile;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV downloads of the catalog table, a comparison and an estimate, on the real catalog. */
@SpringBootTest(properties = "catalog.location=data/providers")
@AutoConfigureMockMvc
class CsvTests {

	@Autowired
	private MockMvcTester mvc;

	private String csv(String uri, String filename) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		assertThat(result).headers().hasValue("Content-Disposition", "attachment; filename=\"" + filename + "\"");
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@Test
	void catalogTableAsOnThePage() throws Exception {
		String query = "freeTier=none&maxPrice=50&sort=estimate";
		String csv = csv("/providers?format=csv&" + query, "providers.csv");
		String[] lines = csv.split("\r\n");
		// the page's columns, in its order (issue 14.6 added the estimate, PostgreSQL, Dockerfile and sleep
		// columns; the deployment methods are on each provider's page)
		assertThat(lines[0]).isEqualTo("Slug,Provider,Platform type,Pricing model,Free tier,Cheapest always-on,"
				+ "Always-on estimate,Regions,Managed PostgreSQL,Dockerfile,Sleeps when idle,Last verified");
		assertThat(csv).endsWith("\r\n");
		// the page's rows, in its order: the CSV is the view on the page
		String page = new String(this.mvc.get().uri("/providers?" + query).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		List<String> shown = new java.util.ArrayList<>();
		java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr data-slug=\"([a-z0-9-]+)\">").matcher(page);
		while (row.find()) {
			shown.add(row.group(1));
		}
		assertThat(shown).as("the page lists some providers").isNotEmpty();
		assertThat(Arrays.stream(lines).skip(1).map((line) -> line.substring(0, line.indexOf(','))))
			.containsExactlyElementsOf(shown);
		List<String> withoutFreeTier = BundledCatalog.profiles().stream()
			.filter((p) -> p.pricing().freeTier().status() == FreeTierStatus.NONE)
			.map(ProviderProfile::slug)
			.toList();
		assertThat(shown).isSubsetOf(withoutFreeTier);
		assertThat(Arrays.stream(lines).skip(1)).allSatisfy((line) -> assertThat(line).containsPattern(",(about |at least |at most )?\\$[0-9.]+,"));
	}

	@Test
	void thePageItselfIsStillHtml() {
		assertThat(this.mvc.get().uri("/providers")).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
	}

	@Test
	void comparisonRowByRowWithSources() {
		String csv = csv("/compare?providers=fly-io,render&format=csv", "compare-fly-io-render.csv");
		assertThat(csv).startsWith("Section,Fact,Differs,Fly.io,Fly.io sources,Render,Render sources\r\n");
		assertThat(csv).contains("\r\nPricing,Pricing model,");
		assertThat(csv).contains("as of ");
	}

	@Test
	void comparisonErrorsAreProblems() {
		assertThat(this.mvc.get().uri("/compare?providers=fly-io&format=csv")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("providers");
		assertThat(this.mvc.get().uri("/compare?providers=fly-io,nope&format=csv")).hasStatus(404);
	}

	@Test
	void estimateLineByLine() {
		String csv = csv("/estimate?preset=minimal-flask&providers=fly-io&format=csv", "estimate.csv");
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo("Rank,Provider,Confidence,Total a month,At 100% CPU,Why,Line,Quantity,Unit,"
				+ "Unit price,Monthly,Included,Source");
		assertThat(lines).hasSizeGreaterThan(2);
		assertThat(lines[1]).startsWith("1,Fly.io,approximate,$3.88,,");
	}

	@Test
	void estimateErrorsNameTheField() {
		assertThat(this.mvc.get().uri("/estimate?format=csv&memoryMb=1")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("memoryMb");
	}

}
