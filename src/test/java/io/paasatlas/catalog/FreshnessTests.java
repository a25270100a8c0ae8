package io.paasatlas.catalog;

import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The freshness report of the editors' check: facts, their sources and dates, stale ones, uncited sources. */
class FreshnessTests {

	private static final Period YEAR = Period.ofMonths(12);

	@Test
	void countsFactsAndThoseWithASourceAndADate() {
		Freshness.ProfileFreshness minimal = only(CatalogFixtures.read("minimal.yaml", CatalogFixtures.minimalText()));

		// identity, pricing, its free tier and compute offer, regions and its region cite docs (2026-10);
		// deployment and verdict name no source
		assertThat(minimal.facts()).isEqualTo(8);
		assertThat(minimal.sourcedAndDated()).isEqualTo(6);
		assertThat(minimal.sourcedShare()).isEqualTo(0.75);
		assertThat(minimal.stale()).isEmpty();
		assertThat(minimal.uncited()).isEmpty();
	}

	@Test
	void groupsStaleFactsBySourceAndDateWithTheFirstLineAndListsUncitedSources() {
		String text = CatalogFixtures.minimalText()
			.replace("""
					    as_of: "2026-10"
					""", """
					    as_of: "2026-10"
					  old:
					    title: "Old price list"
					    url: https://example.com/old
					    as_of: "2024-01"
					  unused:
					    title: "Never cited"
					    as_of: "2026-01"
					""")
			.replace("      monthly_usd: 5\n", "      monthly_usd: 5\n      source: old\n");

		Freshness.ProfileFreshness profile = only(CatalogFixtures.read("minimal.yaml", text));

		assertThat(profile.stale()).singleElement().satisfies((s) -> {
			assertThat(s.source()).isEqualTo("Old price list");
			assertThat(s.asOf().text()).isEqualTo("2024-01");
			assertThat(s.facts()).isEqualTo(1);
			assertThat(s.firstField()).isEqualTo("pricing.compute_offers[0]");
			// the first key of the compute offer, where an editor reads the fact
			assertThat(s.line()).isEqualTo(text.lines().toList().indexOf("    - preset: small") + 1);
		});
		assertThat(profile.uncited()).containsExactly("unused");
		assertThat(Freshness.describe(List.of(profile), YEAR, CatalogFixtures.TODAY))
			.contains("Freshness (catalog.stale-after=P12M: facts dated before 2025-11-26 are possibly stale)")
			.contains("minimal.yaml: 8 facts, 6 (75.0%) with a source and a date; 1 possibly stale; "
					+ "sources no fact cites: unused")
			.containsPattern("stale: Old price list, as of 2024-01: 1 fact \\(first minimal.yaml:\\d+: "
					+ "pricing.compute_offers\\[0\\]\\)")
			.contains("All: 8 facts, 75.0% with a source and a date, 1 possibly stale, 1 source no fact cites");
	}

	@Test
	void everyBundledProfileIsMeasured() {
		List<Freshness.ProfileFreshness> profiles = Freshness.of(
				CatalogFixtures.dataReader().read(java.nio.file.Path.of("data", "providers")), YEAR,
				java.time.LocalDate.now());

		assertThat(profiles).hasSameSizeAs(BundledCatalog.profiles())
			.allSatisfy((p) -> assertThat(p.facts()).as(p.slug()).isPositive());
	}

	@Test
	void givesEachProfilesLinesWithoutKeepingItsYamlTree() {
		CatalogReport report = CatalogFixtures.read("minimal.yaml", CatalogFixtures.minimalText());
		YamlLocator locator = report.entries().get(0).locator();
		List<List<Object>> paths = List.of(List.of("pricing", "compute_offers", 0), List.of("slug"), List.of());

		int[] lines = locator.linesOnce(paths);

		// a catalog's thousand trees would not fit the heap together: the tree is composed for these questions only
		assertThat(locator.composed()).isFalse();
		assertThat(lines).containsExactly(paths.stream().mapToInt(locator::line).toArray());
		assertThat(locator.composed()).isTrue();
	}

	private static Freshness.ProfileFreshness only(CatalogReport report) {
		assertThat(report.valid()).as(report::describe).isTrue();
		return Freshness.of(report, YEAR, CatalogFixtures.TODAY).get(0);
	}

}
