package io.paasatlas.pricing;

import java.util.Map;

import io.paasatlas.catalog.ProviderProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the fixtures of {@link GoldenTotalsTests} equal to the bundled data. When the data changes, this test
 * fails, not the golden totals: recompute the totals by hand for the new prices, then copy the changed section into
 * {@code src/test/resources/pricing/fixtures}.
 */
class BillingFixturesTests {

	@Test
	void everyFixtureHoldsTheDataTheCostModelReads() {
		Map<String, ProviderProfile> data = Workloads.data();
		Map<String, ProviderProfile> fixtures = Workloads.fixtures();
		assertThat(fixtures).isNotEmpty();
		fixtures.forEach((slug, fixture) -> {
			ProviderProfile profile = data.get(slug);
			assertThat(profile).as("data/providers/%s.yaml", slug).isNotNull();
			String hint = "data/providers/" + slug + ".yaml changed: recompute the golden totals by hand, then update "
					+ "src/test/resources/pricing/fixtures/" + slug + ".yaml";
			assertThat(fixture.billing()).as("billing: " + hint).isEqualTo(profile.billing());
			assertThat(fixture.regions().list()).as("regions: " + hint).isEqualTo(profile.regions().list());
			assertThat(fixture.sources()).as("sources: " + hint).isEqualTo(profile.sources());
		});
	}

}
