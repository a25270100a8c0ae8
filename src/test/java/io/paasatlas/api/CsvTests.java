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
	void catalogTableAsOnThePage() {
		String csv = csv("/providers?format=csv&freeTier=none&sort=price", "providers.csv");
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo("Slug,Provider,Platform type,Pricing model,Free tier,Cheapest always-on,Regions,Deployment methods,Last verified");
		List<String> withoutFreeTier = BundledCatalog.profiles().stream()
			.filter((p) -> p.pricing().freeTier().status() == FreeTierStatus.NONE)
			.map(ProviderProfile::slug)
			.toList();
		assertThat(lines).hasSize(1 + withoutFreeTier.size());
		assertThat(Arrays.stream(lines).skip(1).map((line) -> line.substring(0, line.indexOf(','))))
			.containsExactlyInAnyOrderElementsOf(withoutFreeTier);
		assertThat(csv).endsWith("\r\n");
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
