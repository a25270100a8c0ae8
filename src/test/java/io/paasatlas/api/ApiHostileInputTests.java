package io.paasatlas.api;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON an attacker would send to {@code POST /api/estimate}: numbers beyond a double (a 500 before), thousands of
 * unknown fields (an answer listing each, as large as the request), and bodies over the limit. Each is a 4xx with a
 * small problem detail.
 */
@SpringBootTest(properties = "catalog.location=data/providers")
@AutoConfigureMockMvc
class ApiHostileInputTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "{\"instances\":1e309}|instances", "{\"instances\":-1e309}|instances",
			"{\"memoryMb\":1E400}|memoryMb", "{\"regions\":[1e309]}|regions", "{\"regions\":[\"us-east\",-1E999]}|regions",
			"{\"storageGb\":1e308, \"egressGb\":-1e309}|egressGb" })
	void aNumberBeyondADoubleIsABadField(String body, String field) {
		MvcTestResult result = post(body);
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.errors[?(@.field == '" + field + "')].message").asArray()
				.containsExactly("is a number out of range");
		});
	}

	@Test
	void aNumberJustInsideADoubleIsCheckedLikeAnyOther() {
		MvcTestResult result = post("{\"instances\":1e308, \"hours\":1e-320}");
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains("instances", "hours");
	}

	@Test
	void thousandsOfUnknownFieldsGiveTheFirstTwentyAndTheirNumber() {
		String body = IntStream.range(0, 900).mapToObj((i) -> "\"k" + i + "\":1")
			.collect(Collectors.joining(",", "{", "}"));
		MvcTestResult result = post(body);
		assertThat(result).hasStatus(400);
		assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(3000);
		assertThat(result).bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.errors").asArray().hasSize(Problems.MAX_ERRORS);
			json.assertThat().extractingPath("$.errorCount").isEqualTo(900);
			json.assertThat().extractingPath("$.detail").asString().contains("The first 20 of 900 errors");
			json.assertThat().extractingPath("$.errors[0].field").isEqualTo("k0");
		});
	}

	@Test
	void aLongUnknownFieldIsQuotedNotEchoed() {
		MvcTestResult result = post("{\"" + "x".repeat(10_000) + "\":1}");
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").asString()
			.hasSize(Problems.MAX_FIELD + 1).endsWith("…");
	}

	@Test
	void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
		String body = "{\"instances\":2," + " ".repeat(20_000) + "}";
		assertThat(post(body)).hasStatus(413);
	}

	private MvcTestResult post(String body) {
		return this.mvc.post().uri("/api/estimate").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

}
