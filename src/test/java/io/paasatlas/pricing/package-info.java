/**
 * Tests of the pricing module.
 */
@NullMarked
package io.paasatlas.pricing;

import org.jspecify.annotations.NullMarked;
