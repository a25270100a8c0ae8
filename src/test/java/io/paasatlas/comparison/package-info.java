/**
 * Tests of the comparison module.
 */
@NullMarked
package io.paasatlas.comparison;

import org.jspecify.annotations.NullMarked;
