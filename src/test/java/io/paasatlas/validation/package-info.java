/**
 * Tests of the validation module.
 */
@NullMarked
package io.paasatlas.validation;

import org.jspecify.annotations.NullMarked;
