package io.paasatlas.geography;

import java.util.List;

import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.geography.Audience.Member;

/**
 * The regions a greedy choice picked to bring an audience within a round-trip time, in the order picked.
 *
 * @param steps each region picked and what it added
 * @param covered the share of the users within the time once these regions are used (0 to 1)
 * @param coverable the share that any set of the provider's regions could bring within the time
 * @param goal the share the choice aimed at
 * @param unreachable the users that no region of the provider brings within the time
 */
public record RegionChoice(int withinMs, double goal, List<Step> steps, double covered, double coverable,
		List<Member> unreachable) {

	public RegionChoice {
		steps = List.copyOf(steps);
		unreachable = List.copyOf(unreachable);
	}

	/** Whether the goal was reached (within a rounding error). */
	public boolean goalMet() {
		return this.covered >= this.goal - RegionChooser.EPSILON;
	}

	public List<Region> regions() {
		return this.steps.stream().map(Step::region).toList();
	}

	public double coveredPercent() {
		return this.covered * 100;
	}

	public double coverablePercent() {
		return this.coverable * 100;
	}

	/**
	 * One region picked.
	 *
	 * @param added the share of the users it brought within the time that no earlier pick did
	 * @param covered the share within the time with this region and the earlier picks
	 */
	public record Step(Region region, double added, double covered) {

		public double addedPercent() {
			return this.added * 100;
		}

		public double coveredPercent() {
			return this.covered * 100;
		}
	}

}
