package io.paasatlas.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundled profile is valid on its own and the catalog is valid as a whole: bad data fails the build, not a
 * page.
 */
class CatalogDataTests {

	static final Path DATA = Path.of("data/providers");

	private final CatalogReader reader = new CatalogReader(
			Validation.buildDefaultValidatorFactory().getValidator(), new ProfileRules(Clock.systemDefaultZone()));

	static Stream<Path> profiles() throws IOException {
		return Files.list(DATA).filter((p) -> p.toString().endsWith(".yaml")).sorted();
	}

	@ParameterizedTest
	@MethodSource("profiles")
	void profileIsValid(Path file) throws IOException {
		var entries = new java.util.ArrayList<CatalogReport.Entry>();
		var errors = new java.util.ArrayList<CatalogError>();
		this.reader.readOne(file.getFileName().toString(), Files.readString(file), entries, errors);
		assertThat(errors).as(() -> new CatalogReport(entries, errors).describe()).isEmpty();
	}

	/** The cost model's facts: every billing block and every price in it cites a source, directly or by inheritance. */
	@ParameterizedTest
	@MethodSource("profiles")
	void everyBillingFactHasASource(Path file) throws IOException {
		var entries = new java.util.ArrayList<CatalogReport.Entry>();
		this.reader.readOne(file.getFileName().toString(), Files.readString(file), entries, new java.util.ArrayList<>());
		ProviderProfile profile = entries.get(0).profile();
		Billing billing = profile.billing();
		assertThat(billing).as("%s has a billing block", file).isNotNull();
		Citations citations = new Citations(profile, java.time.Period.ofYears(100), java.time.LocalDate.now());
		java.util.List<String> unsourced = new java.util.ArrayList<>();
		ProfileRules.walk(billing, FieldPath.ROOT.child("billing"), (path, name, value) -> {
			if (value instanceof Sourced fact && !citations.of(fact, billing).known()) {
				unsourced.add(path.toString());
			}
		});
		if (!citations.of(billing).known()) {
			unsourced.add("billing");
		}
		assertThat(unsourced).as("billing facts of %s without a source", file).isEmpty();
	}

	@Test
	void catalogIsValidAsAWhole() {
		CatalogReport report = new CatalogValidator().validate(this.reader.read(DATA));
		assertThat(report.errors()).as(report::describe).isEmpty();
		assertThat(report.profiles()).extracting(ProviderProfile::slug)
			.contains("fly-io", "heroku", "render", "railway", "pythonanywhere");
	}

}
