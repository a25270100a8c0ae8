package io.paasatlas.geography;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.paasatlas.catalog.ProviderProfile.Region;
import org.jspecify.annotations.Nullable;

/**
 * How close a provider's current regions are to the world's major metro areas, by the {@link LatencyModel}: each
 * metro's estimated round trip to its nearest region, and what share of the metros, and of their population, is
 * within 50, 100 and 150 ms.
 *
 * @param latencies each metro's nearest region and round trip, in the metros' order; empty when no current region
 * has coordinates
 * @param shares one per threshold of {@link #THRESHOLDS_MS}, in that order
 * @param worst the worst-served metros, slowest first
 * @param mapped the current regions used: those with coordinates
 * @param unmapped the current regions left out because their coordinates are unknown
 * @param model the assumptions the round trips were computed with, for the pages to state
 */
public record ProviderReach(String slug, String name, List<MetroLatency> latencies, List<Share> shares,
		List<MetroLatency> worst, List<Region> mapped, List<Region> unmapped, LatencyModel model) {

	/** The round-trip thresholds the pages report, in milliseconds. */
	public static final List<Integer> THRESHOLDS_MS = List.of(50, 100, 150);

	/** How many worst-served metros are reported. */
	public static final int WORST = 5;

	public ProviderReach {
		latencies = List.copyOf(latencies);
		shares = List.copyOf(shares);
		worst = List.copyOf(worst);
		mapped = List.copyOf(mapped);
		unmapped = List.copyOf(unmapped);
	}

	/** Whether any figure could be computed: some current region has coordinates. */
	public boolean available() {
		return !this.mapped.isEmpty();
	}

	/** Whether regions were left out, so that the figures understate the provider's reach. */
	public boolean partial() {
		return !this.unmapped.isEmpty();
	}

	/** The share within a threshold of {@link #THRESHOLDS_MS}, or {@code null} for another threshold. */
	public @Nullable Share within(int ms) {
		return this.shares.stream().filter((s) -> s.withinMs() == ms).findFirst().orElse(null);
	}

	/** The worst-served metro, {@code null} when nothing could be computed. */
	public @Nullable MetroLatency worstServed() {
		return this.worst.isEmpty() ? null : this.worst.get(0);
	}

	/** The median round trip over the metros, rounded to the millisecond; {@code null} when not computed. */
	public @Nullable Long medianMs() {
		if (this.latencies.isEmpty()) {
			return null;
		}
		double[] sorted = this.latencies.stream().mapToDouble(MetroLatency::rttMs).sorted().toArray();
		int n = sorted.length;
		double median = (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
		return Math.round(median);
	}

	/**
	 * A metro and the region that serves it best.
	 *
	 * @param distanceKm the great-circle distance to the region
	 * @param rttMs the estimated round trip
	 */
	public record MetroLatency(Metro metro, Region region, double distanceKm, double rttMs) {

		/** The round trip in whole milliseconds, as the pages show it. */
		public long ms() {
			return Math.round(this.rttMs);
		}

		public long km() {
			return Math.round(this.distanceKm);
		}
	}

	/**
	 * The metros within a round-trip threshold.
	 *
	 * @param metros how many metros are within it, of {@code metroCount}
	 * @param population their population, of {@code populationTotal}
	 */
	public record Share(int withinMs, int metros, int metroCount, long population, long populationTotal) {

		/** The share of the metros, in percent with one decimal. */
		public BigDecimal metroPercent() {
			return percent(this.metros, this.metroCount);
		}

		/** The share of the metros' population, in percent with one decimal. */
		public BigDecimal populationPercent() {
			return percent(this.population, this.populationTotal);
		}

		static BigDecimal percent(long part, long whole) {
			if (whole == 0) {
				return BigDecimal.ZERO.setScale(1);
			}
			return BigDecimal.valueOf(part)
				.multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
		}
	}

}
