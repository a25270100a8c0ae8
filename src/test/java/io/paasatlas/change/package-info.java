/**
 * Tests of the change module.
 */
@NullMarked
package io.paasatlas.change;

import org.jspecify.annotations.NullMarked;
