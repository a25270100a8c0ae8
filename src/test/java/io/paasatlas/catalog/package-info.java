/**
 * Tests of the catalog module.
 */
@NullMarked
package io.paasatlas.catalog;

import org.jspecify.annotations.NullMarked;
