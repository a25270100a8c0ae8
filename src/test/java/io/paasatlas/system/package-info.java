/**
 * Tests of the system module.
 */
@NullMarked
package io.paasatlas.system;

import org.jspecify.annotations.NullMarked;
