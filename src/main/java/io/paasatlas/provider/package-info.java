/**
 * Providers in the database: the entities, the idempotent seeding from the catalog, the read model ({@link
 * io.paasatlas.provider.ProviderCatalog}), the {@code /providers} table and the provider pages.
 */
@NullMarked
package io.paasatlas.provider;

import org.jspecify.annotations.NullMarked;
