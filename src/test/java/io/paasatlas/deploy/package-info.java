/**
 * Tests of the deploy module.
 */
@NullMarked
package io.paasatlas.deploy;

import org.jspecify.annotations.NullMarked;
