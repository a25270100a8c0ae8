/**
 * Tests of the whole app: the modules and the provider pages over HTTP.
 */
@NullMarked
package io.paasatlas;

import org.jspecify.annotations.NullMarked;
