package io.paasatlas.estimate;

import java.time.Clock;
import java.time.Period;
import java.util.stream.Stream;

import io.paasatlas.catalog.CatalogFixtures;
import io.paasatlas.catalog.CatalogProperties;
import io.paasatlas.provider.ProviderCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimate form: presets, overrides, and every bad input answered with the form, a message on the field and
 * status 400 (never a 500). The catalog is mocked and serves the real profiles of {@code data/providers}.
 */
@WebMvcTest(EstimateController.class)
@Import({ EstimateQueries.class, Estimator.class, EstimateControllerTests.Config.class })
class EstimateControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ProviderCatalog catalog;

	@BeforeEach
	void serveRealProfiles() {
		RealCatalog.serve(this.catalog);
	}

	// --- presets and overrides ------------------------------------------------------------------------------------

	@Test
	void withoutParametersShowsTheMinimalFlaskAppAndItsEstimate() {
		MvcTestResult result = this.mvc.get().uri("/estimate").exchange();

		assertThat(result).hasStatusOk().hasViewName(EstimateController.VIEW);
		assertThat(result).bodyText()
			.contains(input("instances", "1"), input("memoryMb", "512"), input("vcpus", "1"), input("storageGb", "1"),
					input("egressGb", "25"), input("hours", "730"), input("cpuPercent", "6.25"), input("ipv4", "0"))
			.contains(checked("regions", "us-east"))
			.doesNotContain(checked("regions", "eu-west"))
			.contains("Workload: the Minimal Flask App preset.")
			.contains("id=\"chart-totals\"", "id=\"chart-growth\"");
	}

	@Test
	void globalFlaskPresetFillsTheForm() {
		MvcTestResult result = this.mvc.get().uri("/estimate?preset=global-flask").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains(input("instances", "1"), input("memoryMb", "512"), input("storageGb", "3"),
					input("egressGb", "250"))
			.contains(checked("regions", "us-east"), checked("regions", "eu-west"),
					checked("regions", "asia-southeast"))
			.doesNotContain(checked("regions", "asia-east"))
			.contains("<option value=\"shared\" selected=\"selected\">")
			.contains("Workload: the Global Flask App preset.")
			.contains("<input type=\"hidden\" name=\"preset\" value=\"global-flask\">");
	}

	@Test
	void theImageSizeIsAFieldThatStoppedFlyMachinesAreBilledFor() {
		MvcTestResult result = this.mvc.get()
			.uri("/estimate?preset=minimal-flask&providers=fly-io&hours=365&imageGb=2")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains(input("imageGb", "2"), "Image size (GB)", "Fly.io bills a stopped Machine&#39;s image.")
			.contains("root filesystem")
			.contains("imageGb=2");
		assertThat(this.mvc.get().uri("/estimate?imageGb=lots")).hasStatus(400)
			.bodyText()
			.contains("must be blank (not known) or a number of GB from 0 to 1,000");
	}

	@Test
	void explicitParametersOverrideThePreset() {
		MvcTestResult result = this.mvc.get()
			.uri("/estimate?preset=global-flask&instances=2&storageGb=10&regions=us-east,eu-west")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains(input("instances", "2"), input("storageGb", "10"))
			.as("what is not given still comes from the preset")
			.contains(input("egressGb", "250"), input("memoryMb", "512"))
			.contains(checked("regions", "us-east"), checked("regions", "eu-west"))
			.doesNotContain(checked("regions", "asia-southeast"))
			.contains("Workload: the Global Flask App preset, with your changes.");
	}

	@Test
	void aWorkloadEqualToAPresetIsThatPresetEvenWithoutItsName() {
		MvcTestResult result = this.mvc.get()
			.uri("/estimate?instances=1&memoryMb=512&vcpus=1.0&cpuKind=shared&regions=asia-southeast,us-east,eu-west"
					+ "&hours=730&cpuPercent=6.25&storageGb=3&egressGb=250.0&ipv4=0&postgresMb=&allowSleep=false")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("Workload: the Global Flask App preset.").contains("id=\"seed-fly-io\"");
	}

	@Test
	void providersCanBeRepeatedOrCommaSeparated() {
		MvcTestResult repeated = this.mvc.get().uri("/estimate?providers=fly-io&providers=render").exchange();
		MvcTestResult separated = this.mvc.get().uri("/estimate?providers=fly-io,render").exchange();

		for (MvcTestResult result : new MvcTestResult[] { repeated, separated }) {
			assertThat(result).hasStatusOk();
			assertThat(result).bodyText()
				.contains("id=\"result-fly-io\"", "id=\"result-render\"")
				.doesNotContain("id=\"result-heroku\"", "id=\"result-railway\"", "id=\"result-pythonanywhere\"")
				.contains(checked("providers", "fly-io"), checked("providers", "render"))
				.doesNotContain(checked("providers", "heroku"));
		}
	}

	@Test
	void regionsCanBeRepeated() {
		MvcTestResult result = this.mvc.get().uri("/estimate?regions=us-east&regions=india").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains(checked("regions", "us-east"), checked("regions", "india"));
	}

	@Test
	void everyProviderIsShownCheapestFirstWithItsLineItems() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/estimate?preset=minimal-flask").exchange();

		assertThat(result).hasStatusOk();
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		for (String slug : RealCatalog.PROFILES.keySet()) {
			assertThat(body).contains("id=\"result-" + slug + "\"");
		}
		// the whole catalog folds each breakdown to its lines; the whole breakdown of a few cites every price
		assertThat(body).contains("<table class=\"lines\">").contains("<details class=\"result");
		assertThat(this.mvc.get().uri("/estimate?preset=minimal-flask&providers=fly-io,render")).bodyText()
			.contains("<article class=\"card result").contains("<table class=\"lines\">").contains("class=\"cite\"");
	}

	// --- bad input ------------------------------------------------------------------------------------------------

	static Stream<Arguments> badInputs() {
		return Stream.of(
				bad("instances", "-1", "must be a whole number from 1 to 1,000"),
				bad("instances", "0", "must be a whole number from 1 to 1,000"),
				bad("instances", "1001", "must be a whole number from 1 to 1,000"),
				bad("instances", "abc", "must be a whole number from 1 to 1,000"),
				bad("instances", "1.5", "must be a whole number from 1 to 1,000"),
				bad("instances", "NaN", "must be a whole number from 1 to 1,000"),
				bad("instances", "Infinity", "must be a whole number from 1 to 1,000"),
				bad("instances", "1e3", "must be a whole number from 1 to 1,000"),
				bad("instances", "", "must be a whole number from 1 to 1,000"),
				bad("instances", "99999999999999999999999999999999", "must be a whole number from 1 to 1,000"),
				bad("memoryMb", "-512", "must be a whole number of MB from 64 to 1,048,576"),
				bad("memoryMb", "63", "must be a whole number of MB from 64 to 1,048,576"),
				bad("memoryMb", "1048577", "must be a whole number of MB from 64 to 1,048,576"),
				bad("vcpus", "0", "must be a number from 0.1 to 256"),
				bad("vcpus", "0.05", "must be a number from 0.1 to 256"),
				bad("vcpus", "257", "must be a number from 0.1 to 256"),
				bad("vcpus", "-1", "must be a number from 0.1 to 256"),
				bad("vcpus", "NaN", "must be a number from 0.1 to 256"),
				bad("vcpus", "1,5", "must be a number from 0.1 to 256"),
				bad("cpuKind", "gpu", "must be shared, performance or any"),
				bad("cpuKind", "", "must be shared, performance or any"),
				bad("regions", "mars", "names an unknown region"),
				bad("regions", "us-east,,eu-west", "names an unknown region"),
				bad("regions", "us-east,us-east", "names a region more than once"),
				bad("regions", "", "must name 1 to 12 regions"),
				bad("regions", "us-east,us-central,us-west,canada,south-america,eu-west,eu-central,india,"
						+ "asia-southeast,asia-east,oceania,africa,us-east", "must name 1 to 12 regions"),
				bad("hours", "0", "must be a number of hours from 1 to 744"),
				bad("hours", "745", "must be a number of hours from 1 to 744"),
				bad("hours", "-Infinity", "must be a number of hours from 1 to 744"),
				bad("cpuPercent", "0", "must be a number from 0.01 to 100"),
				bad("cpuPercent", "101", "must be a number from 0.01 to 100"),
				bad("storageGb", "-1", "must be a number of GB from 0 to 100,000"),
				bad("storageGb", "100001", "must be a number of GB from 0 to 100,000"),
				bad("egressGb", "-5", "must be a number of GB from 0 to 10,000,000"),
				bad("egressGb", "10000001", "must be a number of GB from 0 to 10,000,000"),
				bad("egressGb", "1E9", "must be a number of GB from 0 to 10,000,000"),
				bad("ipv4", "101", "must be a whole number from 0 to 100"),
				bad("ipv4", "-1", "must be a whole number from 0 to 100"),
				bad("postgresMb", "10", "must be blank (no database) or a whole number of MB"),
				bad("postgresMb", "lots", "must be blank (no database) or a whole number of MB"),
				bad("allowSleep", "maybe", "must be true or false"),
				bad("preset", "huge-flask", "must be minimal-flask or global-flask"),
				bad("providers", "no-such-host", "names a provider that is not in the catalog: no-such-host"),
				bad("providers", "fly-io,nope", "names a provider that is not in the catalog: nope"),
				bad("providers", "Fly.io", "must be provider slugs separated by commas"));
	}

	private static Arguments bad(String field, String value, String message) {
		return Arguments.of(field, value, message);
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("badInputs")
	void badInputRerendersTheFormWithTheFieldsMessageAndStatus400(String field, String value, String message) {
		// in the query string, as a browser sends it (the page cache keys on it)
		MvcTestResult result = this.mvc.get().uri("/estimate?{field}={value}", field, value).exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName(EstimateController.VIEW);
		assertThat(result).bodyText()
			.contains("id=\"" + field + "-error\"")
			.contains(message)
			.contains("id=\"form-errors\"")
			.as("no results for a bad form")
			.doesNotContain("id=\"results\"");
	}

	@Test
	void severalBadFieldsAreAllReportedAtOnce() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/estimate?instances=-3&memoryMb=abc&vcpus=NaN&regions=mars&hours=9999&storageGb=-1"
					+ "&egressGb=Infinity&providers=nope&preset=bogus&cpuKind=quantum&allowSleep=perhaps")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyText()
			.contains("id=\"instances-error\"", "id=\"memoryMb-error\"", "id=\"vcpus-error\"", "id=\"regions-error\"",
					"id=\"hours-error\"", "id=\"storageGb-error\"", "id=\"egressGb-error\"", "id=\"providers-error\"",
					"id=\"preset-error\"", "id=\"cpuKind-error\"", "id=\"allowSleep-error\"")
			.contains("must be a whole number from 1 to 1,000", "must be a whole number of MB from 64 to 1,048,576",
					"must be a number from 0.1 to 256", "names an unknown region",
					"must be a number of hours from 1 to 744", "must be a number of GB from 0 to 100,000",
					"must be a number of GB from 0 to 10,000,000",
					"names a provider that is not in the catalog: nope", "must be minimal-flask or global-flask",
					"must be shared, performance or any", "must be true or false")
			.as("the summary links each message to its field")
			.contains("href=\"#instances\"", "href=\"#regions-set\"", "href=\"#providers-set\"",
					"href=\"#preset-error\"")
			.as("the fields that were fine keep their values")
			.contains(input("cpuPercent", "6.25"), input("ipv4", "0"))
			.as("a bad value is shown back as typed")
			.contains(input("memoryMb", "abc"));
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// the order of the form record's components (the API's and the share link's order), as on every form page
		assertThat(body.indexOf("href=\"#preset-error\"")).as("the summary follows the form record's order")
			.isLessThan(body.indexOf("href=\"#providers-set\""));
		assertThat(body.indexOf("href=\"#providers-set\"")).isLessThan(body.indexOf("href=\"#instances\""));
		assertThat(body.indexOf("href=\"#instances\"")).isLessThan(body.indexOf("href=\"#regions-set\""));
	}

	@Test
	void badValuesAreEscapedWhenShownBack() {
		MvcTestResult result = this.mvc.get().uri("/estimate?instances={value}", "<script>alert(1)</script>").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyText().doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
	}

	private static String input(String name, String value) {
		return "id=\"" + name + "\" name=\"" + name + "\" value=\"" + value + "\"";
	}

	private static String checked(String name, String value) {
		return "name=\"" + name + "\" value=\"" + value + "\" checked=\"checked\"";
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		Clock clock() {
			return CatalogFixtures.CLOCK;
		}

		@Bean
		CatalogProperties catalogProperties() {
			return new CatalogProperties(null, false, Period.ofMonths(12));
		}

	}

}
