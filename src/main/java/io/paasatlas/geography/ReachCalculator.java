package io.paasatlas.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.catalog.RegionStatus;
import io.paasatlas.pricing.Geo;
import io.paasatlas.geography.ProviderReach.MetroLatency;
import io.paasatlas.geography.ProviderReach.Share;

/**
 * Computes a provider's {@link ProviderReach}: for every metro, the nearest of the provider's current regions by
 * great-circle distance and the round trip the {@link LatencyModel} gives for it. Only current regions count
 * (deprecated, removed and edge-only regions cannot host new apps), and only those with coordinates: a region known
 * only by its state or country cannot be placed, so it is left out and the result says so. Pure Java.
 */
final class ReachCalculator {

	private final LatencyModel model;

	ReachCalculator(LatencyModel model) {
		this.model = model;
	}

	LatencyModel model() {
		return this.model;
	}

	ProviderReach reach(ProviderProfile profile, List<Metro> metros) {
		List<Region> current = current(profile);
		List<Region> mapped = current.stream().filter(ReachCalculator::hasCoordinates).toList();
		List<Region> unmapped = current.stream().filter((r) -> !hasCoordinates(r)).toList();
		List<MetroLatency> latencies = new ArrayList<>();
		for (Metro metro : metros) {
			nearest(mapped, metro).ifPresent(latencies::add);
		}
		List<Share> shares = new ArrayList<>();
		long total = metros.stream().mapToLong(Metro::population).sum();
		for (int ms : ProviderReach.THRESHOLDS_MS) {
			List<MetroLatency> within = latencies.stream().filter((l) -> l.rttMs() <= ms).toList();
			shares.add(new Share(ms, within.size(), metros.size(),
					within.stream().mapToLong((l) -> l.metro().population()).sum(), total));
		}
		List<MetroLatency> worst = latencies.stream()
			.sorted(Comparator.comparingDouble(MetroLatency::rttMs).reversed()
				.thenComparing((MetroLatency l) -> l.metro().population(), Comparator.reverseOrder()))
			.limit(ProviderReach.WORST)
			.toList();
		return new ProviderReach(profile.slug(), profile.name(), latencies, shares, worst, mapped, unmapped,
				this.model);
	}

	/** The region nearest to a metro and its round trip; empty when no region has coordinates. */
	Optional<MetroLatency> nearest(List<Region> regions, Metro metro) {
		MetroLatency best = null;
		for (Region region : regions) {
			if (!hasCoordinates(region)) {
				continue;
			}
			double km = distanceKm(region, metro);
			if (best == null || km < best.distanceKm()) {
				best = new MetroLatency(metro, region, km, this.model.rttMs(km));
			}
		}
		return Optional.ofNullable(best);
	}

	static double distanceKm(Region region, Metro metro) {
		return Geo.distanceKm(Objects.requireNonNull(region.latitude(), "a mapped region").doubleValue(),
				Objects.requireNonNull(region.longitude(), "a mapped region").doubleValue(), metro.latitude(),
				metro.longitude());
	}

	/** The regions that host new apps today, in profile order. */
	static List<Region> current(ProviderProfile profile) {
		return profile.regions().list().stream().filter((r) -> r.effectiveStatus() == RegionStatus.CURRENT).toList();
	}

	static boolean hasCoordinates(Region region) {
		return region.latitude() != null && region.longitude() != null;
	}

}
