package io.paasatlas.catalog;

import java.util.List;

import io.paasatlas.catalog.Corrections.Segment;
import io.paasatlas.catalog.ProviderProfile.Correction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A claim's phrases are found in prose and corrected in place; the rules check that each correction holds. */
class CorrectionsTests {

	private static final Correction REGIONS = new Correction(List.of("30+ regions", "30+ vs."), "docs",
			AsOf.parse("2025"), "18 regions since 2025-10-16", new ProviderProfile.CorrectionCheck(1, null, null, null,
					null), "docs", AsOf.parse("2025-10-16"));

	@Test
	void cutsTheTextAfterEachCorrectedPhraseIgnoringCase() {
		List<Segment> segments = new Corrections(List.of(REGIONS)).split("Runs in 30+ Regions worldwide; 30+ vs. 4.");
		assertThat(segments).extracting(Segment::text)
			.containsExactly("Runs in 30+ Regions", " worldwide; 30+ vs.", " 4.");
		assertThat(segments).extracting(Segment::correction).containsExactly(REGIONS, REGIONS, null);
		assertThat(String.join("", segments.stream().map(Segment::text).toList()))
			.as("the words are never changed").isEqualTo("Runs in 30+ Regions worldwide; 30+ vs. 4.");
	}

	@Test
	void textWithoutAClaimIsOneSegmentAndNothingIsNothing() {
		Corrections corrections = new Corrections(List.of(REGIONS));
		assertThat(corrections.split("Five regions.")).containsExactly(new Segment("Five regions.", null));
		assertThat(corrections.split(null)).isEmpty();
		assertThat(corrections.corrects("in 30+ regions")).isTrue();
		assertThat(corrections.corrects("in 18 regions")).isFalse();
	}

	@Test
	void theRulesCheckEachPhraseAndEachCorrectionAgainstTheTypedFacts() {
		String base = CatalogFixtures.minimalText().replace("A fictitious provider, for tests only.",
				"A fictitious provider in 30+ regions.");
		CatalogReport holds = CatalogFixtures.read("minimal.yaml", base + """

				corrections:
				  - phrases: ["30+ regions"]
				    claim_source: docs
				    claim_as_of: "2025"
				    now: "1 region"
				    source: docs
				    check: {current_regions: 1}
				""");
		assertThat(holds.errors()).as(holds::describe).isEmpty();
		CatalogReport wrong = CatalogFixtures.read("minimal.yaml", base + """

				corrections:
				  - phrases: ["30+ regions", "no such words"]
				    claim_source: docs
				    claim_as_of: "2025"
				    now: "18 regions"
				    source: docs
				    check: {current_regions: 18, postgres_plans: true}
				""");
		assertThat(wrong.errors()).extracting(CatalogError::field)
			.containsExactlyInAnyOrder("corrections[0].phrases[1]", "corrections[0].check");
		assertThat(wrong.describe()).contains("phrase 'no such words' appears nowhere in this profile")
			.contains("the region list has 1 current regions, not 18");
	}

}
