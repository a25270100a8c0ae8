package io.paasatlas.change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.paasatlas.catalog.CatalogProperties;
import io.paasatlas.catalog.LoadedCatalog;
import io.paasatlas.catalog.ProviderProfile;

import org.springframework.stereotype.Service;

/**
 * The catalog's changes for the page and the feed. Profiles come from the validated catalog read at start-up (the
 * documents the database is seeded from); the log is built on each call, dated against today, as the other pages
 * date their citations.
 */
@Service
class CatalogChanges {

	private final List<ProviderProfile> providers;

	private final CatalogProperties properties;

	private final Clock clock;

	CatalogChanges(LoadedCatalog catalog, CatalogProperties properties, Clock clock) {
		this.providers = catalog.profiles().stream()
			.sorted(Comparator.comparing(ProviderProfile::name).thenComparing(ProviderProfile::slug))
			.toList();
		this.properties = properties;
		this.clock = clock;
	}

	/** Every provider, by name: for the filter. */
	List<ProviderProfile> providers() {
		return this.providers;
	}

	Optional<ProviderProfile> provider(String slug) {
		return this.providers.stream().filter((p) -> p.slug().equals(slug)).findFirst();
	}

	/** The changes the filter lets through, newest first. */
	List<CatalogChange> changes(ChangesFilter filter) {
		List<ProviderProfile> profiles = filter.hasProvider()
				? this.providers.stream().filter((p) -> p.slug().equals(filter.provider())).toList() : this.providers;
		return ChangeLog.of(profiles, this.properties.staleAfter(), LocalDate.now(this.clock)).stream()
			.filter(filter::matches)
			.toList();
	}

}
