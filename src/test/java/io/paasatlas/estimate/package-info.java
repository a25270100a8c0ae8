/**
 * Tests of the estimate module.
 */
@NullMarked
package io.paasatlas.estimate;

import org.jspecify.annotations.NullMarked;
