/**
 * The cost model: a workload's monthly cost on one provider, computed from the provider's {@code billing} facts the
 * way the provider bills (instance tables, metered usage under a plan fee, allowances, limits, regional prices), with
 * how sure each total is. Plain Java and {@link java.math.BigDecimal} money: no Spring, no web, no database; it
 * depends on the catalog's records only, so that every page and API prices alike.
 */
@NullMarked
package io.paasatlas.pricing;

import org.jspecify.annotations.NullMarked;
