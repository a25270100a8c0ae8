/**
 * The catalog: each provider's profile ({@code data/providers/<slug>.yaml}) read into records, checked (types, Bean
 * Validation, rules, then across files), and held as the validated {@link io.paasatlas.catalog.LoadedCatalog}.
 * Depends on no other module.
 */
@NullMarked
package io.paasatlas.catalog;

import org.jspecify.annotations.NullMarked;
