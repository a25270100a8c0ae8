package io.paasatlas.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The validated profiles read at start-up, to be seeded into the database. */
public final class LoadedCatalog {

	private final List<ProviderProfile> profiles;

	private @Nullable List<String> documents;

	public LoadedCatalog(List<ProviderProfile> profiles) {
		this.profiles = List.copyOf(profiles);
	}

	/** @param documents each profile's document compiled at build time ({@link CompiledCatalog}), in their order */
	LoadedCatalog(List<ProviderProfile> profiles, List<String> documents) {
		this(profiles);
		if (documents.size() != profiles.size()) {
			throw new IllegalArgumentException(documents.size() + " documents for " + profiles.size() + " profiles");
		}
		this.documents = List.copyOf(documents);
	}

	public List<ProviderProfile> profiles() {
		return this.profiles;
	}

	/**
	 * The profiles' documents as compiled at build time, in their order, handed over once: the first seeding stores
	 * them as they are instead of writing every profile as JSON again (44% of seeding 1,000 profiles), and kept
	 * they would be a second copy of the catalog in the heap. Empty when the YAML was read, and after the first call.
	 */
	public synchronized List<String> takeDocuments() {
		List<String> taken = (this.documents != null) ? this.documents : List.of();
		this.documents = null;
		return taken;
	}

}
