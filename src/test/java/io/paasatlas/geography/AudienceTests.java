package io.paasatlas.geography;

import java.util.Map;

import io.paasatlas.catalog.Continent;
import org.junit.jupiter.api.Test;

import static io.paasatlas.geography.RegionFixtures.LONDON;
import static io.paasatlas.geography.RegionFixtures.NEW_YORK;
import static io.paasatlas.geography.RegionFixtures.PARIS;
import static io.paasatlas.geography.RegionFixtures.TOKYO;
import static io.paasatlas.geography.RegionFixtures.metro;
import static io.paasatlas.geography.RegionFixtures.metros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Weights are relative; a continent's weight is spread over its metros by population. */
class AudienceTests {

	private final Metro london = metro("london", Continent.EUROPE, LONDON, 9_000_000);

	private final Metro paris = metro("paris", Continent.EUROPE, PARIS, 3_000_000);

	private final Metro newYork = metro("new-york", Continent.NORTH_AMERICA, NEW_YORK, 8_000_000);

	private final Metro tokyo = metro("tokyo", Continent.ASIA, TOKYO, 14_000_000);

	private final Metros metros = metros(this.london, this.paris, this.newYork, this.tokyo);

	@Test
	void metroWeightsAreRelative() {
		Audience audience = Audience.of(Map.of(this.london, 3.0, this.tokyo, 1.0), Map.of(), this.metros);

		assertThat(share(audience, "london")).isCloseTo(0.75, within(1e-9));
		assertThat(share(audience, "tokyo")).isCloseTo(0.25, within(1e-9));
		assertThat(audience.members()).hasSize(2);
	}

	@Test
	void aContinentIsSpreadOverItsMetrosByPopulation() {
		// Europe 60: London has 9 of Europe's 12 million, Paris 3; North America 40: New York alone
		Audience audience = Audience.of(Map.of(),
				Map.of(Continent.EUROPE, 60.0, Continent.NORTH_AMERICA, 40.0), this.metros);

		assertThat(share(audience, "london")).isCloseTo(0.45, within(1e-9));
		assertThat(share(audience, "paris")).isCloseTo(0.15, within(1e-9));
		assertThat(share(audience, "new-york")).isCloseTo(0.40, within(1e-9));
		assertThat(audience.members()).extracting((m) -> m.metro().id()).doesNotContain("tokyo");
	}

	@Test
	void metrosAndContinentsAddUp() {
		// Europe 2 (London 1.5, Paris 0.5) and Paris 2: 4 in all
		Audience audience = Audience.of(Map.of(this.paris, 2.0), Map.of(Continent.EUROPE, 2.0), this.metros);

		assertThat(share(audience, "london")).isCloseTo(1.5 / 4, within(1e-9));
		assertThat(share(audience, "paris")).isCloseTo(2.5 / 4, within(1e-9));
		assertThat(audience.members().stream().mapToDouble(Audience.Member::share).sum()).isCloseTo(1, within(1e-9));
	}

	@Test
	void zeroWeightsAddNobody() {
		assertThat(Audience.of(Map.of(this.paris, 0.0), Map.of(Continent.ASIA, 0.0), this.metros).isEmpty()).isTrue();
	}

	private static double share(Audience audience, String id) {
		return audience.members().stream().filter((m) -> m.metro().id().equals(id)).findFirst().orElseThrow().share();
	}

}
