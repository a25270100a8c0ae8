/**
 * Tests of the provider module.
 */
@NullMarked
package io.paasatlas.provider;

import org.jspecify.annotations.NullMarked;
