/**
 * The side-by-side comparison {@code /compare?providers=a,b,c}: the form that picks 2 to 6 providers, and the table
 * of their facts, row by row, with differences and best values marked.
 */
@NullMarked
package io.paasatlas.comparison;

import org.jspecify.annotations.NullMarked;
