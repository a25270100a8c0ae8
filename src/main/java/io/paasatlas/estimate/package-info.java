/**
 * The estimate: {@code /estimate}, its CSV and {@code /api/estimate} price one workload on every provider through one
 * service ({@link io.paasatlas.estimate.EstimateQueries}); the form, the presets, the charts and the growth table.
 */
@NullMarked
package io.paasatlas.estimate;

import org.jspecify.annotations.NullMarked;
