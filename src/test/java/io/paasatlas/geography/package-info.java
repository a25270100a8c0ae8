/**
 * Tests of the geography module.
 */
@NullMarked
package io.paasatlas.geography;

import org.jspecify.annotations.NullMarked;
