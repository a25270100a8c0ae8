package io.paasatlas.catalog;

import java.util.List;

/** The validated profiles read at start-up, to be seeded into the database. */
public record LoadedCatalog(List<ProviderProfile> profiles) {

	public LoadedCatalog {
		profiles = List.copyOf(profiles);
	}

}
