/**
 * Tests of the region module.
 */
@NullMarked
package io.paasatlas.region;

import org.jspecify.annotations.NullMarked;
