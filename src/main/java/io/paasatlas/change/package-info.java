/**
 * What changed in the catalog: {@code /changes}, every dated change across the profiles (regions added and removed,
 * prices, free tiers, plans and notable changes, corrections), newest first, filtered by provider or kind, each with
 * its source; and {@code /changes.atom}, the same as an Atom 1.0 feed.
 */
@NullMarked
package io.paasatlas.change;

import org.jspecify.annotations.NullMarked;
