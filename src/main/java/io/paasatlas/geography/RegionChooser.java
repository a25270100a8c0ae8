package io.paasatlas.geography;

import java.util.ArrayList;
import java.util.List;

import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.geography.Audience.Member;
import io.paasatlas.geography.RegionChoice.Step;

/**
 * Picks few regions that bring most of an audience within a round-trip time: the greedy choice for this set-cover
 * problem. Each step takes the region that brings the largest share of the users not yet within the time; on a tie,
 * the one whose newly covered users are nearer on average (then the one listed first). It stops when the goal is
 * reached or no region adds anyone. Greedy is not always optimal, but it is never far off (a classic bound) and is
 * easy to follow step by step, which the page shows. Pure Java.
 */
final class RegionChooser {

	static final double EPSILON = 1e-9;

	private final LatencyModel model;

	RegionChooser(LatencyModel model) {
		this.model = model;
	}

	/**
	 * @param regions the candidate regions: current ones with coordinates
	 * @param goal the share of the users to bring within the time, 0 to 1
	 */
	RegionChoice choose(List<Region> regions, Audience audience, int withinMs, double goal) {
		List<Member> members = audience.members();
		double[][] rtt = new double[regions.size()][members.size()];
		boolean[] reachable = new boolean[members.size()];
		for (int r = 0; r < regions.size(); r++) {
			for (int m = 0; m < members.size(); m++) {
				rtt[r][m] = this.model.rttMs(ReachCalculator.distanceKm(regions.get(r), members.get(m).metro()));
				reachable[m] |= rtt[r][m] <= withinMs;
			}
		}
		double coverable = 0;
		List<Member> unreachable = new ArrayList<>();
		for (int m = 0; m < members.size(); m++) {
			if (reachable[m]) {
				coverable += members.get(m).share();
			}
			else {
				unreachable.add(members.get(m));
			}
		}
		boolean[] covered = new boolean[members.size()];
		boolean[] picked = new boolean[regions.size()];
		List<Step> steps = new ArrayList<>();
		double total = 0;
		while (total < goal - EPSILON) {
			int best = -1;
			double bestGain = 0;
			double bestMean = Double.MAX_VALUE;
			for (int r = 0; r < regions.size(); r++) {
				if (picked[r]) {
					continue;
				}
				double gain = 0;
				double weighted = 0;
				for (int m = 0; m < members.size(); m++) {
					if (!covered[m] && rtt[r][m] <= withinMs) {
						gain += members.get(m).share();
						weighted += members.get(m).share() * rtt[r][m];
					}
				}
				if (gain <= EPSILON) {
					continue;
				}
				double mean = weighted / gain;
				if (gain > bestGain + EPSILON || (Math.abs(gain - bestGain) <= EPSILON && mean < bestMean)) {
					best = r;
					bestGain = gain;
					bestMean = mean;
				}
			}
			if (best < 0) {
				break;
			}
			picked[best] = true;
			for (int m = 0; m < members.size(); m++) {
				if (rtt[best][m] <= withinMs) {
					covered[m] = true;
				}
			}
			total += bestGain;
			steps.add(new Step(regions.get(best), bestGain, total));
		}
		return new RegionChoice(withinMs, goal, steps, total, coverable, unreachable);
	}

}
