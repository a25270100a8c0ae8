package io.paasatlas.geography;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.paasatlas.catalog.Continent;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;
import org.junit.jupiter.api.Test;

import static io.paasatlas.geography.RegionFixtures.LONDON;
import static io.paasatlas.geography.RegionFixtures.LOS_ANGELES;
import static io.paasatlas.geography.RegionFixtures.NEW_YORK;
import static io.paasatlas.geography.RegionFixtures.PARIS;
import static io.paasatlas.geography.RegionFixtures.SINGAPORE;
import static io.paasatlas.geography.RegionFixtures.SYDNEY;
import static io.paasatlas.geography.RegionFixtures.TOKYO;
import static io.paasatlas.geography.RegionFixtures.metro;
import static io.paasatlas.geography.RegionFixtures.metros;
import static io.paasatlas.geography.RegionFixtures.profile;
import static io.paasatlas.geography.RegionFixtures.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The greedy region choice: each step adds the region that brings the most users not yet within the time; it stops
 * at the goal or when no region adds anyone. Within 100 ms means within 6,333 km.
 */
class RegionChooserTests {

	private final RegionChooser chooser = new RegionChooser(LatencyModel.DEFAULT);

	private final Metro london = metro("london", Continent.EUROPE, LONDON, 1);

	private final Metro newYork = metro("new-york", Continent.NORTH_AMERICA, NEW_YORK, 1);

	private final Metro losAngeles = metro("los-angeles", Continent.NORTH_AMERICA, LOS_ANGELES, 1);

	private final Metro tokyo = metro("tokyo", Continent.ASIA, TOKYO, 1);

	private final Metro sydney = metro("sydney", Continent.OCEANIA, SYDNEY, 1);

	private final Metros all = metros(this.london, this.newYork, this.losAngeles, this.tokyo, this.sydney);

	// Paris reaches London and New York (5,837 km); Los Angeles reaches New York (3,936 km) and itself; Tokyo
	// reaches itself only; Singapore reaches Tokyo (5,311 km) and Sydney (6,306 km, 99.6 ms)
	private final ProviderProfile provider = profile("four", region("cdg", "Paris", Continent.EUROPE, PARIS),
			region("lax", "Los Angeles", Continent.NORTH_AMERICA, LOS_ANGELES),
			region("nrt", "Tokyo", Continent.ASIA, TOKYO), region("sin", "Singapore", Continent.ASIA, SINGAPORE));

	@Test
	void picksTheRegionThatBringsTheMostUsersFirstAndStopsAtTheGoal() {
		// London 40%, New York 30%, Los Angeles 10%, Tokyo 10%, Sydney 10%
		Audience audience = audience(Map.of(this.london, 40.0, this.newYork, 30.0, this.losAngeles, 10.0,
				this.tokyo, 10.0, this.sydney, 10.0));

		RegionChoice choice = this.chooser.choose(regions(), audience, 100, 0.9);

		// cdg brings London and New York (70%); then sin Tokyo and Sydney (20%): 90%, the goal
		assertThat(choice.regions()).extracting(Region::code).containsExactly("cdg", "sin");
		assertThat(choice.steps().get(0).added()).isCloseTo(0.7, within(1e-9));
		assertThat(choice.steps().get(1).covered()).isCloseTo(0.9, within(1e-9));
		assertThat(choice.goalMet()).isTrue();
		assertThat(choice.coverable()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void aHigherGoalTakesMoreRegions() {
		Audience audience = audience(Map.of(this.london, 40.0, this.newYork, 30.0, this.losAngeles, 10.0,
				this.tokyo, 10.0, this.sydney, 10.0));

		RegionChoice choice = this.chooser.choose(regions(), audience, 100, 1.0);

		assertThat(choice.regions()).extracting(Region::code).containsExactly("cdg", "sin", "lax");
		assertThat(choice.covered()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void onATieTheRegionNearerToItsUsersWins() {
		// Tokyo alone: nrt (5 ms) and sin (84.7 ms) both bring it within 100 ms
		RegionChoice choice = this.chooser.choose(regions(), audience(Map.of(this.tokyo, 1.0)), 100, 0.9);

		assertThat(choice.regions()).extracting(Region::code).containsExactly("nrt");
	}

	@Test
	void saysWhenTheGoalCannotBeReachedAndWhoIsOutOfReach() {
		ProviderProfile europe = profile("europe", region("cdg", "Paris", Continent.EUROPE, PARIS));
		Audience audience = audience(Map.of(this.london, 1.0, this.tokyo, 1.0, this.sydney, 2.0));

		RegionChoice choice = this.chooser.choose(ReachCalculator.current(europe), audience, 100, 0.9);

		assertThat(choice.regions()).extracting(Region::code).containsExactly("cdg");
		assertThat(choice.covered()).isCloseTo(0.25, within(1e-9));
		assertThat(choice.coverable()).isCloseTo(0.25, within(1e-9));
		assertThat(choice.goalMet()).isFalse();
		assertThat(choice.unreachable()).extracting((m) -> m.metro().id()).containsExactly("tokyo", "sydney");
	}

	@Test
	void aTighterTimeReachesFewerUsers() {
		Audience audience = audience(Map.of(this.london, 1.0, this.newYork, 1.0));

		// within 100 ms cdg serves both; within 50 ms (3,000 km) no region reaches New York (lax: 3,936 km)
		assertThat(this.chooser.choose(regions(), audience, 100, 1.0).regions()).extracting(Region::code)
			.containsExactly("cdg");
		RegionChoice tight = this.chooser.choose(regions(), audience, 50, 1.0);
		assertThat(tight.regions()).extracting(Region::code).containsExactly("cdg");
		assertThat(tight.covered()).isCloseTo(0.5, within(1e-9));
		assertThat(tight.unreachable()).extracting((m) -> m.metro().id()).containsExactly("new-york");
	}

	@Test
	void withoutCandidatesNothingIsPicked() {
		RegionChoice choice = this.chooser.choose(List.of(), audience(Map.of(this.london, 1.0)), 100, 0.9);

		assertThat(choice.steps()).isEmpty();
		assertThat(choice.covered()).isZero();
		assertThat(choice.unreachable()).hasSize(1);
	}

	private List<Region> regions() {
		return ReachCalculator.current(this.provider);
	}

	private Audience audience(Map<Metro, Double> weights) {
		return Audience.of(new LinkedHashMap<>(weights), Map.of(), this.all);
	}

}
