package io.paasatlas.geography;

import io.paasatlas.pricing.Geo;

/**
 * The estimated round-trip time between two points: light in optical fibre over the great-circle distance, made
 * longer by a route-inflation factor, there and back, plus a fixed overhead.
 * <pre>
 * rtt (ms) = 2 × distance (km) × routeInflation / fibreKmPerMs + overheadMs
 * </pre>
 * An estimate for comparing providers, not a measurement: real paths depend on cables, peering and congestion.
 *
 * @param fibreKmPerMs how far light travels in fibre in one millisecond, one way (about 2/3 of its speed in vacuum)
 * @param routeInflation how much longer the cable path is than the great circle (1 = a straight cable)
 * @param overheadMs what distance does not explain: the last mile, queues and processing, in milliseconds
 */
public record LatencyModel(double fibreKmPerMs, double routeInflation, double overheadMs) {

	/** The assumptions the pages state; see {@link RegionProperties} for why. */
	public static final LatencyModel DEFAULT = new LatencyModel(200, 1.5, 5);

	public LatencyModel {
		if (!(fibreKmPerMs > 0) || !Double.isFinite(fibreKmPerMs)) {
			throw new IllegalArgumentException("fibreKmPerMs must be a positive number, not " + fibreKmPerMs);
		}
		if (!(routeInflation >= 1) || !Double.isFinite(routeInflation)) {
			throw new IllegalArgumentException("routeInflation must be 1 or more, not " + routeInflation);
		}
		if (!(overheadMs >= 0) || !Double.isFinite(overheadMs)) {
			throw new IllegalArgumentException("overheadMs must be 0 or more, not " + overheadMs);
		}
	}

	/** The round trip over a great-circle distance. */
	public double rttMs(double distanceKm) {
		return 2 * distanceKm * this.routeInflation / this.fibreKmPerMs + this.overheadMs;
	}

	/** The round trip between two points given in decimal degrees. */
	public double rttMs(double lat1, double lon1, double lat2, double lon2) {
		return rttMs(Geo.distanceKm(lat1, lon1, lat2, lon2));
	}

	/** The longest great-circle distance whose round trip stays within the time: 0 if the overhead alone is over. */
	public double reachKm(double rttMs) {
		return Math.max(0, (rttMs - this.overheadMs) * this.fibreKmPerMs / (2 * this.routeInflation));
	}

}
