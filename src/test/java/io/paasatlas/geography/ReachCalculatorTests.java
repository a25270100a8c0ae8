package io.paasatlas.geography;

import java.util.List;

import io.paasatlas.catalog.Continent;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.geography.ProviderReach.MetroLatency;
import io.paasatlas.geography.ProviderReach.Share;
import org.junit.jupiter.api.Test;

import static io.paasatlas.geography.RegionFixtures.LONDON;
import static io.paasatlas.geography.RegionFixtures.NEW_YORK;
import static io.paasatlas.geography.RegionFixtures.PARIS;
import static io.paasatlas.geography.RegionFixtures.SINGAPORE;
import static io.paasatlas.geography.RegionFixtures.SYDNEY;
import static io.paasatlas.geography.RegionFixtures.TOKYO;
import static io.paasatlas.geography.RegionFixtures.metro;
import static io.paasatlas.geography.RegionFixtures.profile;
import static io.paasatlas.geography.RegionFixtures.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Each metro is served by the provider's nearest current region with coordinates; the shares count metros and
 * population within each threshold. Round trips by hand: 2 × km × 1.5 / 200 + 5.
 */
class ReachCalculatorTests {

	private final ReachCalculator calculator = new ReachCalculator(LatencyModel.DEFAULT);

	// London 10 M, New York 8 M, Tokyo 14 M, Sydney 5 M people: 37 M in all
	private final List<Metro> metros = List.of(metro("london", Continent.EUROPE, LONDON, 10_000_000),
			metro("new-york", Continent.NORTH_AMERICA, NEW_YORK, 8_000_000),
			metro("tokyo", Continent.ASIA, TOKYO, 14_000_000), metro("sydney", Continent.OCEANIA, SYDNEY, 5_000_000));

	@Test
	void servesEachMetroFromItsNearestCurrentRegion() {
		ProviderProfile profile = profile("two", region("cdg", "Paris", Continent.EUROPE, PARIS),
				region("sin", "Singapore", Continent.ASIA, SINGAPORE));

		ProviderReach reach = this.calculator.reach(profile, this.metros);

		assertThat(reach.latencies()).extracting((l) -> l.metro().id() + ">" + l.region().code())
			.containsExactly("london>cdg", "new-york>cdg", "tokyo>sin", "sydney>sin");
		MetroLatency london = reach.latencies().get(0);
		// London–Paris 343.6 km: 10.15 ms
		assertThat(london.distanceKm()).isCloseTo(343.6, within(0.5));
		assertThat(london.rttMs()).isCloseTo(10.15, within(0.05));
		// Tokyo–Singapore 5,311 km: 84.7 ms; Sydney–Singapore 6,306 km: 99.6 ms
		assertThat(reach.latencies().get(2).rttMs()).isCloseTo(84.67, within(0.1));
		assertThat(reach.latencies().get(3).rttMs()).isCloseTo(99.59, within(0.1));
	}

	@Test
	void sharesCountMetrosAndPopulationWithinEachThreshold() {
		ProviderProfile profile = profile("two", region("cdg", "Paris", Continent.EUROPE, PARIS),
				region("sin", "Singapore", Continent.ASIA, SINGAPORE));

		ProviderReach reach = this.calculator.reach(profile, this.metros);

		// London 10 ms; Tokyo 85 ms; Sydney 99.6 ms; New York–Paris 5,837 km: 92.6 ms
		Share within50 = reach.within(50);
		assertThat(within50.metros()).isEqualTo(1);
		assertThat(within50.population()).isEqualTo(10_000_000);
		assertThat(within50.metroPercent()).isEqualByComparingTo("25.0");
		// 10 / 37 = 27.03%
		assertThat(within50.populationPercent()).isEqualByComparingTo("27.0");
		Share within100 = reach.within(100);
		assertThat(within100.metros()).isEqualTo(4);
		assertThat(within100.populationPercent()).isEqualByComparingTo("100.0");
		assertThat(reach.within(150).metros()).isEqualTo(4);
		assertThat(reach.within(75)).as("only the stated thresholds").isNull();
	}

	@Test
	void worstServedComeFirstAndTheMedianIsTheMiddleRoundTrip() {
		ProviderProfile profile = profile("one", region("lhr", "London", Continent.EUROPE, LONDON));

		ProviderReach reach = this.calculator.reach(profile, this.metros);

		// from London: Sydney 17,000 km (260 ms) is worst, then Tokyo (9,560 km, 148 ms), New York (88.6 ms)
		assertThat(reach.worst()).extracting((l) -> l.metro().id()).containsExactly("sydney", "tokyo", "new-york",
				"london");
		assertThat(reach.worstServed().metro().id()).isEqualTo("sydney");
		// the median of 5, 88.6, 148.4 and 260.1 ms: (88.6 + 148.4) / 2 = 118.5
		assertThat(reach.medianMs()).isBetween(118L, 119L);
	}

	@Test
	void regionsWithoutCoordinatesAreLeftOutAndNamed() {
		ProviderProfile profile = profile("partial", region("lhr", "London", Continent.EUROPE, LONDON),
				"{code: us, city: not stated, country: United States, continent: north-america}");

		ProviderReach reach = this.calculator.reach(profile, this.metros);

		assertThat(reach.mapped()).extracting(ProviderProfile.Region::code).containsExactly("lhr");
		assertThat(reach.unmapped()).extracting(ProviderProfile.Region::code).containsExactly("us");
		assertThat(reach.partial()).isTrue();
		assertThat(reach.latencies().get(1).region().code()).as("New York is served from London").isEqualTo("lhr");
	}

	@Test
	void onlyCurrentRegionsServe() {
		ProviderProfile profile = profile("moved", region("lhr", "London", Continent.EUROPE, LONDON),
				"{code: nrt, city: Tokyo, country: Japan, continent: asia, latitude: 35.68, longitude: 139.65, "
						+ "status: deprecated, replaced_by: lhr}",
				"{code: syd, city: Sydney, country: Australia, continent: oceania, latitude: -33.87, "
						+ "longitude: 151.21, status: edge-only}");

		ProviderReach reach = this.calculator.reach(profile, this.metros);

		assertThat(reach.mapped()).extracting(ProviderProfile.Region::code).containsExactly("lhr");
		assertThat(reach.latencies()).extracting((l) -> l.region().code()).containsOnly("lhr");
	}

	@Test
	void withoutAnyCoordinatesThereIsNothingToCompute() {
		ProviderProfile profile = profile("vague",
				"{code: us, city: not stated, country: United States, continent: north-america}");

		ProviderReach reach = this.calculator.reach(profile, this.metros);

		assertThat(reach.available()).isFalse();
		assertThat(reach.latencies()).isEmpty();
		assertThat(reach.worstServed()).isNull();
		assertThat(reach.medianMs()).isNull();
		assertThat(reach.within(100).metros()).isZero();
		assertThat(reach.within(100).metroCount()).isEqualTo(4);
	}

}
