/**
 * Tests of the advisor module.
 */
@NullMarked
package io.paasatlas.advisor;

import org.jspecify.annotations.NullMarked;
