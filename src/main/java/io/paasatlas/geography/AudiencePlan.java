package io.paasatlas.geography;

import java.util.List;

import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.pricing.Estimate;
import io.paasatlas.geography.ProviderReach.MetroLatency;
import org.jspecify.annotations.Nullable;

/**
 * One provider's answer to "my users are there": the latency they can expect if the app runs in every current
 * region (each user served by the nearest), the fewest regions that bring most of them within the time, and the
 * monthly cost of one machine in each of those.
 *
 * @param expectedMs the users' mean round trip to their nearest region, weighted by their shares; {@code null} when
 * no current region has coordinates
 * @param withinShare the share of the users within the time (0 to 1) with every region in use
 * @param worst the user metro with the longest round trip, {@code null} when not computed
 * @param latencies each user metro's nearest region and round trip, in the audience's order
 * @param choice the greedy choice of regions
 * @param cost the cost of one machine in each chosen region, {@code null} when no region was chosen
 * @param priced where the cost model placed each chosen region's machine, in the choice's order
 * @param unmapped current regions left out for lack of coordinates
 */
public record AudiencePlan(String slug, String name, @Nullable Double expectedMs, double withinShare,
		@Nullable MetroLatency worst, List<MetroLatency> latencies, RegionChoice choice, @Nullable Estimate cost,
		List<MachineCost.Machine> priced, List<Region> unmapped) {

	public AudiencePlan {
		latencies = List.copyOf(latencies);
		priced = List.copyOf(priced);
		unmapped = List.copyOf(unmapped);
	}

	public boolean available() {
		return this.expectedMs != null;
	}

	public @Nullable Long expectedRoundedMs() {
		return (this.expectedMs != null) ? Math.round(this.expectedMs) : null;
	}

	public double withinPercent() {
		return this.withinShare * 100;
	}

}
