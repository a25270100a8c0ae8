package io.paasatlas.geography;

import io.paasatlas.pricing.Geo;
import org.junit.jupiter.api.Test;

import static io.paasatlas.geography.RegionFixtures.LONDON;
import static io.paasatlas.geography.RegionFixtures.LOS_ANGELES;
import static io.paasatlas.geography.RegionFixtures.MELBOURNE;
import static io.paasatlas.geography.RegionFixtures.NEW_YORK;
import static io.paasatlas.geography.RegionFixtures.PARIS;
import static io.paasatlas.geography.RegionFixtures.SYDNEY;
import static io.paasatlas.geography.RegionFixtures.TOKYO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * The distance and round-trip math against city pairs whose great-circle distances are well known, and the model's
 * formula worked out by hand: rtt = 2 × km × 1.5 / 200 + 5.
 */
class LatencyModelTests {

	private final LatencyModel model = LatencyModel.DEFAULT;

	@Test
	void statesTheAssumptionsThePagesShow() {
		assertThat(this.model.fibreKmPerMs()).isEqualTo(200);
		assertThat(this.model.routeInflation()).isEqualTo(1.5);
		assertThat(this.model.overheadMs()).isEqualTo(5);
	}

	@Test
	void greatCircleDistancesMatchKnownCityPairs() {
		// published city-centre distances; the haversine on a mean-radius sphere is within 0.5% of the ellipsoid
		assertThat(km(LONDON, PARIS)).isCloseTo(344, withinPercentage(1));
		assertThat(km(LONDON, NEW_YORK)).isCloseTo(5570, withinPercentage(1));
		assertThat(km(NEW_YORK, LOS_ANGELES)).isCloseTo(3936, withinPercentage(1));
		assertThat(km(SYDNEY, MELBOURNE)).isCloseTo(713, withinPercentage(1));
		assertThat(km(TOKYO, SYDNEY)).isCloseTo(7826, withinPercentage(1));
	}

	@Test
	void distanceIsZeroForOnePointAndHalfTheEarthForAntipodes() {
		assertThat(km(LONDON, LONDON)).isZero();
		assertThat(Geo.distanceKm(0, 0, 0, 180)).isCloseTo(Math.PI * Geo.EARTH_RADIUS_KM, within(1e-6));
		assertThat(Geo.distanceKm(90, 0, -90, 0)).isCloseTo(Math.PI * Geo.EARTH_RADIUS_KM, within(1e-6));
	}

	@Test
	void roundTripIsTwiceTheInflatedDistanceAtFibreSpeedPlusTheOverhead() {
		assertThat(this.model.rttMs(0)).isEqualTo(5);
		// 2 × 1000 km × 1.5 / 200 km/ms + 5 ms = 15 + 5
		assertThat(this.model.rttMs(1000)).isCloseTo(20, within(1e-9));
		// 2 × 3000 × 1.5 / 200 + 5 = 50
		assertThat(this.model.rttMs(3000)).isCloseTo(50, within(1e-9));
	}

	@Test
	void roundTripsBetweenKnownCityPairs() {
		// London–Paris 343.6 km: 2 × 343.6 × 1.5 / 200 + 5 = 10.15 ms
		assertThat(rtt(LONDON, PARIS)).isCloseTo(10.15, within(0.05));
		// London–New York 5,570 km: 2 × 5570 × 1.5 / 200 + 5 = 88.55 ms
		assertThat(rtt(LONDON, NEW_YORK)).isCloseTo(88.55, within(0.1));
		// New York–Los Angeles 3,936 km: 64.0 ms
		assertThat(rtt(NEW_YORK, LOS_ANGELES)).isCloseTo(64.04, within(0.1));
		// Tokyo–Sydney 7,826 km: 122.4 ms
		assertThat(rtt(TOKYO, SYDNEY)).isCloseTo(122.39, within(0.1));
		assertThat(rtt(LONDON, NEW_YORK)).as("the same both ways").isEqualTo(rtt(NEW_YORK, LONDON));
	}

	@Test
	void reachIsTheDistanceWhoseRoundTripIsTheTime() {
		// (100 − 5) × 200 / (2 × 1.5) = 6,333.3 km
		assertThat(this.model.reachKm(100)).isCloseTo(6333.33, within(0.01));
		assertThat(this.model.reachKm(50)).isCloseTo(3000, within(1e-9));
		assertThat(this.model.rttMs(this.model.reachKm(150))).isCloseTo(150, within(1e-9));
		assertThat(this.model.reachKm(5)).isZero();
		assertThat(this.model.reachKm(2)).as("the overhead alone is over").isZero();
	}

	@Test
	void otherAssumptionsChangeTheFigures() {
		LatencyModel straight = new LatencyModel(200, 1, 0);
		// light in fibre over a straight cable: 1 ms per 100 km of distance, there and back
		assertThat(straight.rttMs(1000)).isCloseTo(10, within(1e-9));
	}

	@Test
	void rejectsAssumptionsThatMakeNoSense() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LatencyModel(0, 1.5, 5))
			.withMessageContaining("fibreKmPerMs");
		assertThatIllegalArgumentException().isThrownBy(() -> new LatencyModel(200, 0.9, 5))
			.withMessageContaining("routeInflation");
		assertThatIllegalArgumentException().isThrownBy(() -> new LatencyModel(200, 1.5, -1))
			.withMessageContaining("overheadMs");
		assertThatIllegalArgumentException().isThrownBy(() -> new LatencyModel(Double.NaN, 1.5, 5));
	}

	private static double km(double[] a, double[] b) {
		return Geo.distanceKm(a[0], a[1], b[0], b[1]);
	}

	private double rtt(double[] a, double[] b) {
		return this.model.rttMs(a[0], a[1], b[0], b[1]);
	}

}
