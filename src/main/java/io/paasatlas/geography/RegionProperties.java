package io.paasatlas.geography;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the regions atlas: where its data is, and the assumptions of the latency model, which every page
 * that shows a latency states.
 *
 * @param metros the metro areas file ({@code REGIONS_METROS}); unset means {@code data/metros.yaml} when it exists in
 * the working directory, else the copy packaged in the jar
 * @param land the land outline file ({@code REGIONS_LAND}); unset means {@code data/geo/land-110m.json} when it exists
 * in the working directory, else the copy packaged in the jar
 * @param fibreKmPerMs how far light travels in optical fibre in one millisecond, one way: light in glass moves at
 * about c / 1.5, roughly 200,000 km/s, that is 200 km per millisecond
 * @param routeInflation how much longer cable routes are than the great circle: cables follow coasts, borders and
 * landing stations and traffic goes through exchange points, so paths are commonly 1.5 to 2 times the straight
 * distance; 1.5, the low end, since cloud regions sit on well-connected backbones
 * @param overheadMs a fixed addition to every round trip for what distance does not explain: the user's last mile
 * (home or mobile access), queues and processing in routers and at both ends; 5 ms, a small figure for a
 * well-connected user
 */
@ConfigurationProperties("regions")
public record RegionProperties(@Nullable String metros, @Nullable String land,
		@DefaultValue("200") double fibreKmPerMs, @DefaultValue("1.5") double routeInflation,
		@DefaultValue("5") double overheadMs) {

	/** The latency model of these assumptions; wrong values stop the app at start-up with the reason. */
	public LatencyModel latency() {
		return new LatencyModel(this.fibreKmPerMs, this.routeInflation, this.overheadMs);
	}

}
