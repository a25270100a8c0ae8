package io.paasatlas.geography;

import java.math.BigDecimal;
import java.util.List;

import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.pricing.Area;
import io.paasatlas.pricing.CostModel;
import io.paasatlas.pricing.Estimate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One machine (1 shared vCPU, 512 MB, always on) in each chosen region, priced by the cost model from the real
 * catalog's billing rules.
 */
class MachineCostTests {

	private final MachineCost cost = new MachineCost(new CostModel());

	@Test
	void pricesOneMachinePerRegion() {
		ProviderProfile fly = RegionFixtures.provider("fly-io");

		MachineCost.Priced priced = this.cost.price(fly, regions(fly, "fra", "sin", "syd"));

		// shared-cpu-1x (512 MB): $3.19 for Fly's 720-hour month, so 3.19 × 730 / 720 = $3.23 for 730 hours; three
		Estimate estimate = priced.estimate();
		assertThat(estimate.total()).isEqualByComparingTo(new BigDecimal("9.69"));
		assertThat(estimate.lines()).extracting(Estimate.LineItem::what).containsExactly(
				"machine in fra: 1 × shared-cpu-1x (512 MB) in fra", "machine in sin: 1 × shared-cpu-1x (512 MB) in sin",
				"machine in syd: 1 × shared-cpu-1x (512 MB) in syd");
		assertThat(priced.machines()).extracting(MachineCost.Machine::area)
			.containsExactly(Area.EU_CENTRAL, Area.ASIA_SOUTHEAST, Area.OCEANIA);
		assertThat(priced.machines()).noneMatch(MachineCost.Machine::elsewhere);
	}

	@Test
	void twoRegionsNearOneAreaAreStillTwoMachines() {
		ProviderProfile fly = RegionFixtures.provider("fly-io");

		// London and Amsterdam are both nearest to Europe West (London)
		MachineCost.Priced priced = this.cost.price(fly, regions(fly, "lhr", "ams"));

		// 2 × $3.23, as above
		assertThat(priced.estimate().total()).isEqualByComparingTo(new BigDecimal("6.46"));
		assertThat(priced.machines()).extracting(MachineCost.Machine::area).containsOnly(Area.EU_WEST);
		assertThat(priced.machines().get(1).elsewhere()).as("ams is priced as lhr: same price").isTrue();
	}

	@Test
	void saysWhereTheCostModelCouldNotPlaceTheMachine() {
		ProviderProfile heroku = RegionFixtures.provider("heroku");

		// Heroku's priced dynos run in the Common Runtime (us, eu); Tokyo is a Private Spaces region
		MachineCost.Priced priced = this.cost.price(heroku, regions(heroku, "tokyo"));

		assertThat(priced.machines()).singleElement().satisfies((m) -> {
			assertThat(m.elsewhere()).isTrue();
			assertThat(m.pricedIn()).isIn("us", "eu");
		});
		assertThat(priced.estimate().warnings()).anySatisfy((w) -> assertThat(w).contains("No region in Asia"));
	}

	@Test
	void nothingToPriceWithoutRegions() {
		MachineCost.Priced priced = this.cost.price(RegionFixtures.provider("render"), List.of());

		assertThat(priced.estimate()).isNull();
		assertThat(priced.machines()).isEmpty();
	}

	@Test
	void eachRegionIsPricedAsItsNearestArea() {
		ProviderProfile fly = RegionFixtures.provider("fly-io");

		assertThat(MachineCost.nearestArea(region(fly, "iad"))).isEqualTo(Area.US_EAST);
		assertThat(MachineCost.nearestArea(region(fly, "gru"))).isEqualTo(Area.SOUTH_AMERICA);
		assertThat(MachineCost.nearestArea(region(fly, "nrt"))).isEqualTo(Area.ASIA_EAST);
	}

	private static List<Region> regions(ProviderProfile profile, String... codes) {
		return java.util.Arrays.stream(codes).map((c) -> region(profile, c)).toList();
	}

	private static Region region(ProviderProfile profile, String code) {
		return profile.regions().list().stream().filter((r) -> r.code().equals(code)).findFirst().orElseThrow();
	}

}
