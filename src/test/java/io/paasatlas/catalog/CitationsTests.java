package io.paasatlas.catalog;

import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source and date of a fact: inherited from its sections, innermost first; a named source's date when the fact
 * gives none; marked stale when older than the limit and unverified when the source is a third party's word.
 */
class CitationsTests {

	private static final String SOURCES = """
			    as_of: "2026-10"
			  old:
			    title: "An old page"
			    url: https://example.com/old
			    as_of: "2024"
			  blog:
			    title: "A third-party blog"
			    url: https://blog.example.org/review
			    as_of: "2025-06"
			    unverified: true
			""";

	private final ProviderProfile profile = CatalogFixtures.profile("minimal.yaml",
			CatalogFixtures.minimalText().replace("    as_of: \"2026-10\"\n", SOURCES));

	private final Citations citations = new Citations(this.profile, Period.ofMonths(12), CatalogFixtures.TODAY);

	@Test
	void citesANamedSourceWithItsTitleUrlAndDate() {
		Citation citation = this.citations.of(fact("docs", null));
		assertThat(citation.title()).isEqualTo("Minimal PaaS docs");
		assertThat(citation.url()).isEqualTo("https://example.com/docs");
		assertThat(citation.asOf()).isEqualTo(AsOf.parse("2026-10"));
		assertThat(citation.stale()).isFalse();
		assertThat(citation.unverified()).isFalse();
		assertThat(citation.known()).isTrue();
	}

	@Test
	void keepsTheFactsOwnDateOverTheSourcesDate() {
		assertThat(this.citations.of(fact("docs", "2026-03")).asOf()).isEqualTo(AsOf.parse("2026-03"));
	}

	@Test
	void inheritsSourceAndDateFromTheEnclosingSection() {
		Citation citation = this.citations.of(fact(null, null), fact("old", null));
		assertThat(citation.title()).isEqualTo("An old page");
		assertThat(citation.asOf()).isEqualTo(AsOf.parse("2024"));
	}

	@Test
	void looksUpThroughSectionsInnermostFirst() {
		Citation citation = this.citations.of(fact(null, null), fact(null, null), fact("docs", null),
				fact("old", null));
		assertThat(citation.title()).isEqualTo("Minimal PaaS docs");
	}

	@Test
	void stopsAtTheFirstLevelThatNamesASource() {
		// the fact names a source: the section's date is not taken, the source's is
		Citation citation = this.citations.of(fact("old", null), fact("docs", "2026-01"));
		assertThat(citation.title()).isEqualTo("An old page");
		assertThat(citation.asOf()).isEqualTo(AsOf.parse("2024"));
	}

	@Test
	void keepsTheFirstDateMetOnTheWayToTheSource() {
		Citation citation = this.citations.of(fact(null, "2025-12"), fact(null, "2025-01"), fact("docs", null));
		assertThat(citation.title()).isEqualTo("Minimal PaaS docs");
		assertThat(citation.asOf()).isEqualTo(AsOf.parse("2025-12"));
	}

	@Test
	void aFactWithADateButNoSourceTakesTheSectionsSource() {
		Citation citation = this.citations.of(fact(null, "2026-02"), fact("docs", "2026-10"));
		assertThat(citation.title()).isEqualTo("Minimal PaaS docs");
		assertThat(citation.asOf()).isEqualTo(AsOf.parse("2026-02"));
	}

	@Test
	void skipsMissingSections() {
		assertThat(this.citations.of(null, null, fact("docs", null)).title()).isEqualTo("Minimal PaaS docs");
	}

	@Test
	void citesAUrlSourceAsItself() {
		Citation citation = this.citations.of(fact("https://example.com/status", "2026-09"));
		assertThat(citation.title()).isEqualTo("https://example.com/status");
		assertThat(citation.url()).isEqualTo("https://example.com/status");
		assertThat(citation.asOf()).isEqualTo(AsOf.parse("2026-09"));
		assertThat(citation.unverified()).isFalse();
	}

	@Test
	void citesAnUndatedUrlSourceWithoutADate() {
		Citation citation = this.citations.of(fact("https://example.com/status", null));
		assertThat(citation.asOf()).isNull();
		assertThat(citation.stale()).isFalse();
	}

	@Test
	void saysSoWhenNoSourceIsGiven() {
		Citation none = this.citations.of(fact(null, null), fact(null, null));
		assertThat(none.known()).isFalse();
		assertThat(none.title()).isEqualTo("no source given");
		assertThat(none.asOf()).isNull();
		Citation datedOnly = this.citations.of(fact(null, "2023"));
		assertThat(datedOnly.title()).isEqualTo("no source given");
		assertThat(datedOnly.asOf()).isEqualTo(AsOf.parse("2023"));
		assertThat(datedOnly.stale()).isTrue();
	}

	@Test
	void marksFactsOlderThanTheLimitAsPossiblyStale() {
		// today 2026-11-26, limit 12 months: stale when the whole period ended before 2025-11-26
		assertThat(this.citations.of(fact("old", null)).stale()).as("2024").isTrue();
		assertThat(this.citations.of(fact("docs", "2025-10")).stale()).as("2025-10").isTrue();
		assertThat(this.citations.of(fact("docs", "2025-11-25")).stale()).as("2025-11-25").isTrue();
		assertThat(this.citations.of(fact("docs", "2025-11-26")).stale()).as("2025-11-26").isFalse();
		assertThat(this.citations.of(fact("docs", "2025-11")).stale()).as("2025-11").isFalse();
		assertThat(this.citations.of(fact("docs", "2025")).stale()).as("2025").isFalse();
		assertThat(this.citations.of(fact("docs", null)).stale()).as("2026-10").isFalse();
	}

	@Test
	void usesTheConfiguredStalenessPeriod() {
		Citations strict = new Citations(this.profile, Period.ofWeeks(2), CatalogFixtures.TODAY);
		assertThat(strict.of(fact("docs", null)).stale()).as("2026-10 with P14D").isTrue();
		Citations lenient = new Citations(this.profile, Period.ofYears(5), CatalogFixtures.TODAY);
		assertThat(lenient.of(fact("old", null)).stale()).as("2024 with P5Y").isFalse();
		Citations later = new Citations(this.profile, Period.ofMonths(12), LocalDate.of(2027, 12, 1));
		assertThat(later.of(fact("docs", null)).stale()).as("2026-10 a year later").isTrue();
	}

	@Test
	void marksFactsCitingAnUnverifiedSource() {
		Citation citation = this.citations.of(fact(null, null), fact("blog", null));
		assertThat(citation.unverified()).isTrue();
		assertThat(citation.title()).isEqualTo("A third-party blog");
		assertThat(this.citations.isUnverified("blog")).isTrue();
		assertThat(this.citations.isUnverified("docs")).isFalse();
		assertThat(this.citations.isUnverified("https://blog.example.org/review")).isFalse();
		assertThat(this.citations.isUnverified(null)).isFalse();
	}

	private static Sourced fact(@Nullable String source, @Nullable String asOf) {
		return new Fact(source, (asOf != null) ? AsOf.parse(asOf) : null);
	}

	private record Fact(@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

}
