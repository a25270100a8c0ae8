package io.paasatlas.estimate;

import io.paasatlas.catalog.CpuKind;
import io.paasatlas.pricing.Area;
import io.paasatlas.pricing.Workload;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The form record: presets fill it, given fields override them, and it becomes the cost model's workload. */
class EstimateFormTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void minimalFlaskPresetIsTheSeedsSingleRegionApp() {
		EstimateForm form = WorkloadPreset.MINIMAL_FLASK.form();

		Workload workload = form.toWorkload();
		Workload.Service web = workload.services().get(0);
		assertThat(web.name()).isEqualTo("web");
		assertThat(web.count()).isEqualTo(1);
		assertThat(web.cpuKind()).isEqualTo(CpuKind.SHARED);
		assertThat(web.vcpus()).isEqualByComparingTo("1");
		assertThat(web.memoryMb()).isEqualTo(512);
		assertThat(web.areas()).containsExactly(Area.US_EAST);
		assertThat(web.hoursPerMonth()).isEqualByComparingTo("730");
		assertThat(web.cpuPercent()).as("the typical use of a small web app").isEqualByComparingTo("6.25");
		assertThat(workload.storageGb()).isEqualByComparingTo("1");
		assertThat(workload.egressGb()).containsOnlyKeys(Area.US_EAST);
		assertThat(workload.egressGb().get(Area.US_EAST)).isEqualByComparingTo("25");
		assertThat(workload.dedicatedIpv4()).isZero();
		assertThat(workload.postgresMemoryMb()).isNull();
		assertThat(workload.allowSleep()).isFalse();
	}

	@Test
	void globalFlaskPresetRunsOneInstanceInEachOfThreeRegionsAndSplitsTheEgress() {
		Workload workload = WorkloadPreset.GLOBAL_FLASK.form().toWorkload();

		Workload.Service web = workload.services().get(0);
		assertThat(web.areas()).containsExactly(Area.US_EAST, Area.EU_WEST, Area.ASIA_SOUTHEAST);
		assertThat(web.count()).isEqualTo(1);
		assertThat(web.instances()).isEqualTo(3);
		assertThat(workload.storageGb()).isEqualByComparingTo("3");
		assertThat(workload.egressGb().values()).allSatisfy((gb) -> assertThat(gb).isEqualByComparingTo("83.333333"));
	}

	@Test
	void givenFieldsOverrideThePresetAndTheRestComesFromIt() {
		EstimateForm form = new EstimateForm("global-flask", null, "4", null, null, null, null, null, null, "10", null,
				null, null, null, null);

		assertThat(form.instances()).isEqualTo("4");
		assertThat(form.storageGb()).isEqualTo("10");
		assertThat(form.egressGb()).isEqualTo("250");
		assertThat(form.regions()).isEqualTo("us-east,eu-west,asia-southeast");
		assertThat(form.chosenPreset()).contains(WorkloadPreset.GLOBAL_FLASK);
		assertThat(form.matchingPreset()).isEmpty();
		assertThat(form.toWorkload().services().get(0).count()).isEqualTo(4);
	}

	@Test
	void withoutAPresetTheFieldsTakeTheMinimalFlaskAppsValues() {
		EstimateForm form = new EstimateForm(null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);

		assertThat(form.matchingPreset()).contains(WorkloadPreset.MINIMAL_FLASK);
		assertThat(form.chosenPreset()).isEmpty();
	}

	@Test
	void aWorkloadIsAPresetWhateverTheOrderOfItsRegionsOrTheWritingOfItsNumbers() {
		EstimateForm form = new EstimateForm(null, null, "1", "512", "1.00", "shared",
				"asia-southeast, eu-west,us-east", "730.0", "6.250", "3", null, "250", "0", "", "false");

		assertThat(form.matchingPreset()).contains(WorkloadPreset.GLOBAL_FLASK);
	}

	@Test
	void theWorkloadCanGrowWithEverythingElseUnchanged() {
		Workload workload = WorkloadPreset.GLOBAL_FLASK.form().toWorkload(20);

		assertThat(workload.services().get(0).count()).isEqualTo(20);
		assertThat(workload.services().get(0).instances()).isEqualTo(60);
		assertThat(workload.storageGb()).isEqualByComparingTo("3");
	}

	@Test
	void providersAreSlugsEachOnceInOrder() {
		EstimateForm form = new EstimateForm(null, " render, fly-io,render ", null, null, null, null, null, null, null,
				null, null, null, null, null, null);

		assertThat(form.providerSlugs()).containsExactly("render", "fly-io");
		assertThat(form.includes("fly-io")).isTrue();
		assertThat(form.includes("heroku")).isFalse();
		assertThat(WorkloadPreset.MINIMAL_FLASK.form().includes("heroku")).as("none named: all").isTrue();
	}

	@Test
	void postgresIsOptional() {
		EstimateForm none = new EstimateForm(null, null, null, null, null, null, null, null, null, null, null, null,
				null, "", null);
		EstimateForm some = new EstimateForm(null, null, null, null, null, null, null, null, null, null, null, null,
				null, "1024", null);

		assertThat(none.toWorkload().postgresMemoryMb()).isNull();
		assertThat(some.toWorkload().postgresMemoryMb()).isEqualTo(1024);
		assertThat(VALIDATOR.validate(none)).isEmpty();
	}

	@Test
	void theImageSizeIsOptionalAndReachesTheWorkload() {
		EstimateForm none = EstimateForm.of(Map.of("imageGb", " "));
		EstimateForm some = EstimateForm.of(Map.of("imageGb", "1.5"));

		assertThat(none.imageGb()).as("blank is not given").isNull();
		assertThat(none.toWorkload().services().get(0).imageGb()).isNull();
		assertThat(none.link()).doesNotContain("imageGb");
		assertThat(some.toWorkload().services().get(0).imageGb()).isEqualByComparingTo("1.5");
		assertThat(some.link()).contains("imageGb=1.5");
		assertThat(some.matchingPreset()).as("no preset knows an image size").isEmpty();
		assertThat(VALIDATOR.validate(none)).isEmpty();
		assertThat(VALIDATOR.validate(EstimateForm.of(Map.of("imageGb", "1000")))).isEmpty();
		assertThat(List.of("-1", "1000.5", "abc")).allSatisfy((bad) -> assertThat(
				VALIDATOR.validate(EstimateForm.of(Map.of("imageGb", bad))))
			.extracting((v) -> v.getPropertyPath().toString())
			.containsExactly("imageGb"));
	}

	@Test
	void theParametersAreTheRecordsComponents() {
		assertThat(EstimateForm.PARAMETERS).containsExactly("preset", "providers", "instances", "memoryMb", "vcpus",
				"cpuKind", "regions", "hours", "cpuPercent", "storageGb", "imageGb", "egressGb", "ipv4", "postgresMb",
				"allowSleep");
		EstimateForm form = EstimateForm.of(Map.of("preset", "global-flask", "instances", "2"));
		assertThat(EstimateForm.of(form.parameters())).isEqualTo(form);
	}

	@Test
	void presetsAreValid() {
		for (WorkloadPreset preset : WorkloadPreset.values()) {
			assertThat(VALIDATOR.validate(preset.form())).as(preset.key()).isEmpty();
		}
	}

	@Test
	void everyBadFieldIsReportedAtOnce() {
		EstimateForm form = new EstimateForm("nope", "Fly.io", "-1", "abc", "NaN", "gpu", "mars", "745", "0",
				"-1", null, "Infinity", "1.5", "lots", "maybe");

		Set<ConstraintViolation<EstimateForm>> violations = VALIDATOR.validate(form);
		assertThat(violations).extracting((v) -> v.getPropertyPath().toString())
			.containsExactlyInAnyOrder("preset", "providers", "instances", "memoryMb", "vcpus", "cpuKind", "regions",
					"hours", "cpuPercent", "storageGb", "egressGb", "ipv4", "postgresMb", "allowSleep");
	}

	@Test
	void boundsAreInclusive() {
		EstimateForm low = new EstimateForm(null, null, "1", "64", "0.1", "any", "us-east", "1", "1", "0", null, "0",
				"0", "64", "true");
		EstimateForm high = new EstimateForm(null, null, "1000", "1048576", "256", "performance",
				"us-east,us-central,us-west,canada,south-america,eu-west,eu-central,india,asia-southeast,asia-east,"
						+ "oceania,africa",
				"744", "100", "100000", null, "10000000", "100", "1048576", "false");

		assertThat(VALIDATOR.validate(low)).isEmpty();
		assertThat(VALIDATOR.validate(high)).isEmpty();
		assertThat(high.areaList()).hasSize(12);
		assertThat(low.toWorkload().services().get(0).vcpus()).isEqualByComparingTo(new BigDecimal("0.1"));
		assertThat(List.of(low.toWorkload().allowSleep(), high.toWorkload().allowSleep())).containsExactly(true, false);
	}

}
