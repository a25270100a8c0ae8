/**
 * The regions atlas {@code /regions}: a world map of the providers' regions drawn on the server as SVG, the regions
 * by continent and their dated history; the latency reach of each provider from the world's major metro areas
 * ({@code data/metros.yaml}), computed by a stated model; and {@code /regions/users}, where a user says where their
 * users are and sees each provider's latency for them, the fewest regions that bring most of them close, and what
 * one machine in each costs.
 */
@NullMarked
package io.paasatlas.region;

import org.jspecify.annotations.NullMarked;
