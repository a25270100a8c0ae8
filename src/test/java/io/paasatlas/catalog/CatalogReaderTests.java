package io.paasatlas.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reading and validating profiles: each kind of bad data is reported with its file, its line and its field path,
 * and one run reports every error. The fixtures are {@code catalog/valid/minimal.yaml} and copies of it under
 * {@code catalog/bad/<case>/}, each with one thing broken at the line these tests expect.
 */
class CatalogReaderTests {

	private final CatalogLoader loader = new CatalogLoader(CatalogFixtures.VALIDATOR, CatalogFixtures.CLOCK);

	@Test
	void readsTheMinimalProfileWithoutErrors() {
		CatalogReport report = this.loader.load(CatalogFixtures.folder("valid").toString());
		assertThat(report.errors()).as(report::describe).isEmpty();
		assertThat(report.profiles()).singleElement().satisfies((profile) -> {
			assertThat(profile.slug()).isEqualTo("minimal");
			assertThat(profile.pricing().computeOffers()).singleElement()
				.satisfies((offer) -> assertThat(offer.memoryMb()).isEqualTo(512));
			// lists left out of the document read as empty, not null
			assertThat(profile.deployment().methods()).isEmpty();
			assertThat(profile.comparisons()).isEmpty();
		});
	}

	@Test
	void reportsMalformedYamlAtTheLineOfTheSyntaxError() {
		CatalogReport report = load("malformed-yaml");
		assertOnlyError(report, "malformed.yaml", 16, "identity", "mapping values are not allowed here");
	}

	@Test
	void reportsAMissingRequiredFieldAtTheBlockWhereItBelongs() {
		// line 15 is the first line of the identity block, where overview is missing
		CatalogReport report = load("missing-field");
		assertOnlyError(report, "missing-field.yaml", 15, "identity.overview", "is required");
	}

	@Test
	void reportsAValueOfTheWrongType() {
		CatalogReport report = load("wrong-type");
		assertOnlyError(report, "wrong-type.yaml", 27, "pricing.compute_offers[0].memory_mb", "\"lots\"");
	}

	@Test
	void reportsAnUnknownEnumValue() {
		CatalogReport report = load("unknown-enum");
		assertOnlyError(report, "unknown-enum.yaml", 20, "pricing.model", "\"pay-as-you-go\"");
		assertThat(report.errors().get(0).message()).contains("usage-based", "fixed-plans", "hybrid", "unknown");
	}

	@Test
	void reportsAMisspeltKeyWithItsFieldPath() {
		CatalogReport report = load("unknown-key");
		assertThat(report.errors()).as(report::describe).singleElement().satisfies((error) -> {
			assertThat(error.file()).isEqualTo("unknown-key.yaml");
			assertThat(error.field()).isEqualTo("pricing.compute_offers[0].memroy_mb");
			assertThat(error.message()).contains("Unrecognized property \"memroy_mb\"");
			assertThat(error.line()).isPositive();
		});
	}

	@Test
	void reportsAMisspeltKeyAtItsOwnLine() {
		CatalogReport report = load("unknown-key");
		assertOnlyError(report, "unknown-key.yaml", 27, "pricing.compute_offers[0].memroy_mb", "memroy_mb");
	}

	@Test
	void reportsANegativePrice() {
		CatalogReport report = load("negative-price");
		assertOnlyError(report, "negative-price.yaml", 28, "pricing.compute_offers[0].monthly_usd",
				"price -5 is negative");
	}

	@Test
	void reportsADuplicateSlugAcrossTwoFilesOnTheSecondFile() {
		CatalogReport report = load("duplicate-slug");
		assertOnlyError(report, "dup.yml", 3, "slug", "duplicate slug 'dup': also used by dup.yaml");
	}

	@Test
	void reportsAComparisonWithAProviderThatIsNotInTheCatalog() {
		CatalogReport report = load("unknown-comparison");
		assertOnlyError(report, "unknown-comparison.yaml", 41, "comparisons[0].with",
				"unknown provider 'no-such-provider'");
	}

	@Test
	void reportsAComparisonOfAProviderWithItself() {
		CatalogReport report = new CatalogValidator().validate(CatalogFixtures.read("minimal.yaml",
				CatalogFixtures.minimalText() + "\ncomparisons:\n  - with: minimal\n"));
		assertOnlyError(report, "minimal.yaml", 41, "comparisons[0].with", "cannot be compared with itself");
	}

	@Test
	void reportsADateInTheFuture() {
		CatalogReport report = load("future-date");
		assertOnlyError(report, "future-date.yaml", 6, "last_verified",
				"date 2026-12 is in the future (today is 2026-11-26)");
	}

	@Test
	void acceptsAYearOrAMonthThatHasAlreadyBegun() {
		for (String date : List.of("2026", "2026-11", "2026-11-26")) {
			CatalogReport report = CatalogFixtures.read("minimal.yaml",
					CatalogFixtures.minimalText().replace("\"2026-11-01\"", "\"" + date + "\""));
			assertThat(report.errors()).as(date).isEmpty();
		}
		CatalogReport tomorrow = CatalogFixtures.read("minimal.yaml",
				CatalogFixtures.minimalText().replace("\"2026-11-01\"", "\"2026-11-27\""));
		assertOnlyError(tomorrow, "minimal.yaml", 6, "last_verified", "in the future");
	}

	@Test
	void reportsADuplicateRegionCode() {
		CatalogReport report = load("duplicate-region");
		assertOnlyError(report, "duplicate-region.yaml", 36, "regions.list[1].code",
				"region code 'fra' is used twice");
	}

	@Test
	void reportsAReplacementRegionThatIsNotInTheList() {
		CatalogReport report = CatalogFixtures.read("minimal.yaml", CatalogFixtures.minimalText().replace(
				"continent: europe}", "continent: europe, status: deprecated, replaced_by: ams}"));
		assertOnlyError(report, "minimal.yaml", 35, "regions.list[0].replaced_by",
				"replacement region 'ams' is not in this profile's region list");
	}

	@Test
	void reportsASlugThatDoesNotMatchTheFileName() {
		CatalogReport report = load("slug-mismatch");
		assertOnlyError(report, "wrong-name.yaml", 3, "slug", "name the file right-name.yaml");
	}

	@Test
	void reportsASourceIdThatIsNotDefined() {
		CatalogReport report = load("unknown-source");
		assertOnlyError(report, "unknown-source.yaml", 17, "identity.source",
				"source 'doc' is neither a URL nor an id listed under sources [docs]");
	}

	@Test
	void acceptsAUrlAsSource() {
		CatalogReport report = CatalogFixtures.read("minimal.yaml", CatalogFixtures.minimalText()
			.replace("  source: docs\n\npricing", "  source: https://example.com/about\n\npricing"));
		assertThat(report.errors()).as(report::describe).isEmpty();
	}

	@Test
	void reportsEveryErrorOfEveryFileInOneRunInFileAndLineOrder() {
		CatalogReport report = load("several");
		assertThat(report.valid()).isFalse();
		assertThat(report.errors()).as(report::describe)
			.extracting(CatalogError::file, CatalogError::line, CatalogError::field)
			.containsExactly(tuple("several-a.yaml", 16, "identity"),
					tuple("several-b.yaml", 12, "sources.docs.as_of"),
					tuple("several-b.yaml", 17, "identity.source"),
					tuple("several-b.yaml", 21, "pricing.billing_granularity"),
					tuple("several-b.yaml", 28, "pricing.compute_offers[0].monthly_usd"),
					tuple("several-b.yaml", 41, "comparisons[0].with"));
		assertThat(report.errors()).extracting(CatalogError::message)
			.satisfiesExactly((m) -> assertThat(m).startsWith("mapping values are not allowed here"),
					(m) -> assertThat(m).contains("date 2999 is in the future"),
					(m) -> assertThat(m).contains("source 'doc'"),
					(m) -> assertThat(m).isEqualTo("is required and must not be blank"),
					(m) -> assertThat(m).contains("price -0.5 is negative"),
					(m) -> assertThat(m).contains("unknown provider 'no-such-provider'"));
		// the file that parsed is kept, so that the checks across files still ran on it
		assertThat(report.entries()).extracting(CatalogReport.Entry::file).containsExactly("several-b.yaml");
	}

	@Test
	void reportsTheSameErrorsWhenEveryBadFileIsReadTogether(@TempDir Path together) throws IOException {
		List<Tuple> expected = new ArrayList<>();
		try (Stream<Path> cases = Files.list(CatalogFixtures.folder("bad"))) {
			for (Path folder : cases.sorted().toList()) {
				load(folder.getFileName().toString()).errors()
					.forEach((e) -> expected.add(tuple(e.file(), e.line(), e.field())));
				try (Stream<Path> files = Files.list(folder)) {
					for (Path file : files.toList()) {
						Files.copy(file, together.resolve(file.getFileName()));
					}
				}
			}
		}
		CatalogReport report = this.loader.load(together.toString());
		assertThat(expected).hasSizeGreaterThanOrEqualTo(16);
		assertThat(report.errors()).as(report::describe)
			.extracting(CatalogError::file, CatalogError::line, CatalogError::field)
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void reportsAnEmptyFile() {
		CatalogReport report = CatalogFixtures.read("empty.yaml", "# nothing yet\n");
		// Jackson rejects a document without content before the reader's own "the file is empty" check
		assertThat(report.errors()).as(report::describe).singleElement().satisfies((error) -> {
			assertThat(error.file()).isEqualTo("empty.yaml");
			assertThat(error.message()).containsAnyOf("the file is empty", "No content");
		});
		assertThat(report.entries()).isEmpty();
	}

	@Test
	void reportsAFolderWithoutProfiles(@TempDir Path empty) throws IOException {
		Files.writeString(empty.resolve("notes.txt"), "not a profile");
		CatalogReport report = this.loader.load(empty.toString());
		assertOnlyError(report, empty.toString(), 0, null, "no provider profiles (*.yaml) found");
	}

	@Test
	void reportsAMissingFolder(@TempDir Path parent) {
		String missing = parent.resolve("missing").toString();
		CatalogReport report = this.loader.load(missing);
		assertOnlyError(report, missing, 0, null, "catalog folder not found");
	}

	@Test
	void describesAnErrorAsFileLineFieldAndMessage() {
		assertThat(new CatalogError("a.yaml", 12, "pricing.model", "bad")).hasToString("a.yaml:12: pricing.model: bad");
		assertThat(new CatalogError("a.yaml", 0, null, "the file is empty")).hasToString("a.yaml: the file is empty");
	}

	private CatalogReport load(String badCase) {
		return this.loader.load(CatalogFixtures.folder("bad/" + badCase).toString());
	}

	private static void assertOnlyError(CatalogReport report, String file, int line, String field, String message) {
		assertThat(report.valid()).isFalse();
		assertThat(report.errors()).as(report::describe).singleElement().satisfies((error) -> {
			assertThat(error.file()).as("file").isEqualTo(file);
			assertThat(error.line()).as("line").isEqualTo(line);
			assertThat(error.field()).as("field").isEqualTo(field);
			assertThat(error.message()).as("message").contains(message);
		});
	}

}
