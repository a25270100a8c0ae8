/**
 * The regions atlas pages: {@code /regions}, a world map of the providers' regions, the regions by continent and
 * their dated history, and each provider's latency reach; {@code /regions/users}, where a user says where their users
 * are and sees each provider's latency for them, the fewest regions that bring most of them close, and what one
 * machine in each costs. The computations live in {@link io.paasatlas.geography}.
 */
@NullMarked
package io.paasatlas.region;

import org.jspecify.annotations.NullMarked;
