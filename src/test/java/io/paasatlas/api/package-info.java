/**
 * Tests of the api module.
 */
@NullMarked
package io.paasatlas.api;

import org.jspecify.annotations.NullMarked;
