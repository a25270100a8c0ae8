/**
 * Where providers are and how close they are to people: the world's major metro areas ({@code data/metros.yaml}),
 * the land outline, the latency model and each provider's reach, the fewest regions for an audience and what a
 * machine in each costs, and the world map drawn as SVG. {@link io.paasatlas.geography.RegionAtlas} is what other
 * modules use; it reads the validated catalog and the cost model, never the database.
 */
@NullMarked
package io.paasatlas.geography;

import org.jspecify.annotations.NullMarked;
