package io.paasatlas.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.paasatlas.catalog.BundledCatalog;
import io.paasatlas.catalog.FreeTierStatus;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.estimate.EstimateQueries;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API on the real catalog: the catalog, a profile, a comparison and an estimate (GET and POST), each bad
 * input a problem detail naming the field, an unknown provider a 404 problem, and the OpenAPI description.
 */
@SpringBootTest(properties = "catalog.location=data/providers")
@AutoConfigureMockMvc
class ApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsTheCatalog() {
		assertThat(this.mvc.get().uri("/api/providers")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.total").isEqualTo(BundledCatalog.slugs().size());
				json.assertThat().extractingPath("$.providers[*].slug").asArray()
					.containsExactlyElementsOf(BundledCatalog.slugs());
				json.assertThat().extractingPath("$.providers[0].links.self")
					.isEqualTo("/api/providers/" + BundledCatalog.slugs().get(0));
				json.assertThat().extractingPath("$.providers[?(@.slug == 'fly-io')].alwaysOnEstimate.currency").asArray()
					.containsExactly("USD");
				json.assertThat().extractingPath("$.providers[?(@.slug == 'fly-io')].dockerfile").asArray()
					.containsExactly(BundledCatalog.profile("fly-io").deployment().dockerfile().need().key());
			});
	}

	@Test
	void filtersTheCatalogLikeThePage() {
		List<String> withoutFreeTier = BundledCatalog.profiles().stream()
			.filter((p) -> p.pricing().freeTier().status() == FreeTierStatus.NONE)
			.map(ProviderProfile::slug)
			.toList();
		assertThat(withoutFreeTier).as("the bundled catalog has providers without a free tier").isNotEmpty();
		assertThat(this.mvc.get().uri("/api/providers?freeTier=none&sort=price")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.providers[*].slug").asArray()
					.containsExactlyInAnyOrderElementsOf(withoutFreeTier);
				json.assertThat().extractingPath("$.providers[*].freeTier").asArray().containsOnly("none");
				// cheapest first, providers without a known price last
				json.assertThat().extractingPath("$.providers[*].cheapestMonthlyUsd").asArray()
					.satisfies((prices) -> assertThat(cheapestFirst(prices)).isTrue());
			});
	}

	/** Whether the known prices rise and every unknown one comes after them. */
	private static boolean cheapestFirst(Object[] prices) {
		BigDecimal previous = null;
		boolean unknownSeen = false;
		for (Object price : prices) {
			if (price == null) {
				unknownSeen = true;
				continue;
			}
			BigDecimal value = new BigDecimal(price.toString());
			if (unknownSeen || (previous != null && value.compareTo(previous) < 0)) {
				return false;
			}
			previous = value;
		}
		return true;
	}

	@Test
	void rejectsABadFilterNamingTheField() {
		MvcTestResult result = this.mvc.get().uri("/api/providers?freeTier=bogus").exchange();
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("freeTier");
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
	}

	@Test
	void servesAProfileInTheFieldNamesOfItsFile() {
		assertThat(this.mvc.get().uri("/api/providers/fly-io")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.slug").isEqualTo("fly-io");
				json.assertThat().extractingPath("$.verdict.projects[0].verdict").isEqualTo("not-recommended");
				json.assertThat().extractingPath("$.last_verified").isNotNull();
			});
	}

	@Test
	void anUnknownProviderIsA404Problem() {
		MvcTestResult result = this.mvc.get().uri("/api/providers/nope").exchange();
		assertThat(result).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail")
			.isEqualTo("No provider with the slug 'nope' is in the catalog.");
	}

	@Test
	void comparesProvidersRowByRow() {
		assertThat(this.mvc.get().uri("/api/compare?providers=fly-io,heroku")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.providers[*].slug").asArray().containsExactly("fly-io", "heroku");
				json.assertThat().extractingPath("$.sections[0].label").isEqualTo("Pricing");
				json.assertThat().extractingPath("$.sections[0].rows[0].cells[0].provider").isEqualTo("fly-io");
				json.assertThat().extractingPath("$.sections[0].rows[0].cells[0].text").asString().isNotBlank();
			});
	}

	@Test
	void rejectsTooFewProvidersToCompare() {
		MvcTestResult result = this.mvc.get().uri("/api/compare?providers=fly-io").exchange();
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("providers");
	}

	@Test
	void comparingAnUnknownProviderIsA404Problem() {
		assertThat(this.mvc.get().uri("/api/compare?providers=fly-io,nope")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void estimatesWithThePagesParameters() {
		assertThat(this.mvc.get().uri("/api/estimate?preset=minimal-flask&providers=fly-io")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.preset").isEqualTo("minimal-flask");
				json.assertThat().extractingPath("$.results[0].slug").isEqualTo("fly-io");
				json.assertThat().extractingPath("$.results[0].total").isEqualTo("$3.88");
				json.assertThat().extractingPath("$.results[0].lines[0].source.title").asString().isNotBlank();
				json.assertThat().extractingPath("$.workload.services[0].regions").asArray().containsExactly("us-east");
			});
	}

	@Test
	void aStoppedMachinesImageIsBilledWhenItsSizeIsGivenAndALowerBoundWhenNot() {
		String stopped = "/api/estimate?preset=minimal-flask&providers=fly-io&hours=365";
		assertThat(this.mvc.get().uri(stopped)).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.results[0].confidence").isEqualTo("lower-bound");
			json.assertThat().extractingPath("$.workload.services[0].imageGb").isEqualTo("not given");
		});
		assertThat(this.mvc.get().uri(stopped + "&imageGb=2")).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.workload.services[0].imageGb").isEqualTo(2);
			json.assertThat().extractingPath("$.results[0].lines[?(@.what =~ /.*root filesystem.*/)].monthly").asArray()
				.containsExactly("$0.15");
		});
		assertThat(this.mvc.get().uri(stopped + "&imageGb=-1")).hasStatus(400).bodyJson()
			.extractingPath("$.errors[0].field").isEqualTo("imageGb");
	}

	@Test
	void estimatesAJsonWorkload() {
		String body = """
				{"providers": "fly-io", "regions": ["us-east", "eu-west"], "instances": 2, "memoryMb": 512,
				 "storageGb": 1, "egressGb": 25, "allowSleep": false}""";
		assertThat(this.mvc.post().uri("/api/estimate").contentType(MediaType.APPLICATION_JSON).content(body))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.workload.services[0].instancesPerRegion").isEqualTo(2);
				json.assertThat().extractingPath("$.results[0].regions[*].area").asArray()
					.containsExactly("us-east", "eu-west");
			});
	}

	@Test
	void rejectsEachBadFieldOfAnEstimate() {
		MvcTestResult result = this.mvc.get().uri("/api/estimate?instances=0&memoryMb=abc&regions=mars").exchange();
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
			.containsExactly("instances", "memoryMb", "regions");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message")
			.isEqualTo("must be a whole number from 1 to 1,000");
	}

	@Test
	void rejectsAnUnknownProviderInAnEstimate() {
		assertThat(this.mvc.get().uri("/api/estimate?providers=nope")).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("providers");
	}

	@Test
	void rejectsUnknownAndMalformedFieldsOfAJsonWorkload() {
		MvcTestResult result = this.mvc.post().uri("/api/estimate").contentType(MediaType.APPLICATION_JSON)
			.content("{\"instances\": -1, \"cores\": 4, \"regions\": {\"a\": 1}}").exchange();
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("cores", "regions");

		MvcTestResult invalid = this.mvc.post().uri("/api/estimate").contentType(MediaType.APPLICATION_JSON)
			.content("{\"instances\": -1}").exchange();
		assertThat(invalid).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("instances");
	}

	@Test
	void rejectsABodyThatIsNotJson() {
		MvcTestResult result = this.mvc.post().uri("/api/estimate").contentType(MediaType.APPLICATION_JSON)
			.content("{not json").exchange();
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("body");
	}

	@Test
	void servesTheOpenApiDescription() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/openapi.json").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.openapi").asString().startsWith("3.");
			json.assertThat().extractingPath("$.paths").asMap().containsKeys("/api/providers", "/api/providers/{slug}",
					"/api/compare", "/api/estimate", "/api/advisor");
		});
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("problem+json");
		assertThat(result).bodyJson().extractingPath("$.paths['/api/estimate'].get.parameters[*].name").asArray()
			.as("the estimate form's parameters, named once").containsExactlyElementsOf(EstimateQueries.PARAMETERS);
	}

}
