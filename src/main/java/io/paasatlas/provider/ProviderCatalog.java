package io.paasatlas.provider;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.paasatlas.catalog.CatalogReader;
import io.paasatlas.catalog.Continent;
import io.paasatlas.catalog.Currency;
import io.paasatlas.catalog.DockerfileNeed;
import io.paasatlas.catalog.FreeTierStatus;
import io.paasatlas.catalog.PricingModel;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.RegionStatus;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the seeded catalog: the provider table, filtered and sorted, and each provider's full profile. Profiles
 * are parsed from their stored JSON once per fingerprint of it (its content hash), since the data changes only when
 * the app restarts.
 */
@Service
@Transactional(readOnly = true)
public class ProviderCatalog {

	private static final JsonMapper json = CatalogReader.jsonMapper();

	private final ProviderRepository providers;

	private final ProviderDocumentRepository documents;

	private final Map<String, ParsedProfile> parsed = new ConcurrentHashMap<>();

	ProviderCatalog(ProviderRepository providers, ProviderDocumentRepository documents) {
		this.providers = providers;
		this.documents = documents;
	}

	/**
	 * The table: the providers the filter lets through, sorted and paged. Filtering is the database's; sorting is
	 * done here, by each column's meaning (see {@link ProviderSort}), on a catalog that fits one page or a few.
	 */
	public Page<Provider> list(ProviderFilter filter) {
		List<Provider> all = new ArrayList<>(this.providers.findAll(specification(filter)));
		all.sort(filter.sortOrDefault().comparator(filter.descending()));
		int from = Math.min(all.size(), (filter.pageOrFirst() - 1) * ProviderFilter.PAGE_SIZE);
		int to = Math.min(all.size(), from + ProviderFilter.PAGE_SIZE);
		return new PageImpl<>(all.subList(from, to), PageRequest.of(filter.pageOrFirst() - 1, ProviderFilter.PAGE_SIZE),
				all.size());
	}

	public long count() {
		return this.providers.count();
	}

	/** The full profile of a provider. */
	public ProviderProfile profile(String slug) {
		String hash = this.documents.findHashBySlug(slug).orElseThrow(() -> new ProviderNotFoundException(slug));
		ParsedProfile cached = this.parsed.get(slug);
		if (cached != null && cached.hash().equals(hash)) {
			return cached.profile();
		}
		StoredDocument stored = this.documents.findStoredBySlug(slug)
			.orElseThrow(() -> new ProviderNotFoundException(slug));
		ProviderProfile profile = json.readValue(stored.json(), ProviderProfile.class);
		this.parsed.put(slug, new ParsedProfile(stored.contentHash(), profile));
		return profile;
	}

	/** Profiles in the order asked for; an unknown slug is a {@link ProviderNotFoundException}. */
	public List<ProviderProfile> profiles(List<String> slugs) {
		List<ProviderProfile> result = new ArrayList<>();
		for (String slug : slugs) {
			result.add(profile(slug));
		}
		return result;
	}

	/** Every provider's slug and name, by name: for pickers. */
	public List<Provider> all() {
		return this.providers.findAll(Sort.by("name").and(Sort.by("slug")));
	}

	private static Specification<Provider> specification(ProviderFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (ProviderFilter.notBlank(filter.q())) {
				String like = "%" + filter.q().strip().toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
						cb.like(cb.lower(root.get("platformType")), like, '\\'),
						cb.like(cb.lower(root.get("deploymentMethods")), like, '\\')));
			}
			if (ProviderFilter.notBlank(filter.freeTier())) {
				predicates.add(cb.equal(root.get("freeTier"), enumOf(FreeTierStatus.class, filter.freeTier())));
			}
			if (ProviderFilter.notBlank(filter.model())) {
				predicates.add(cb.equal(root.get("pricingModel"), enumOf(PricingModel.class, filter.model())));
			}
			BigDecimal ceiling = filter.maxPriceAmount();
			if (ceiling != null) {
				// a ceiling in dollars: totals in other currencies are never converted
				predicates.add(cb.equal(root.get("alwaysOnCurrency"), Currency.USD));
				predicates.add(cb.lessThanOrEqualTo(root.get("alwaysOnAmount"), ceiling));
			}
			if ("true".equals(filter.postgres())) {
				predicates.add(cb.isTrue(root.get("managedPostgres")));
			}
			if ("true".equals(filter.noDockerfile())) {
				predicates.add(cb.equal(root.get("dockerfileNeed"), DockerfileNeed.NOT_NEEDED));
			}
			if (ProviderFilter.notBlank(filter.sleeps())) {
				predicates.add("yes".equals(filter.sleeps()) ? cb.isNotNull(root.get("sleepsAfterMinutes"))
						: cb.isNull(root.get("sleepsAfterMinutes")));
			}
			if (ProviderFilter.notBlank(filter.continent())) {
				Subquery<Long> regions = query.subquery(Long.class);
				Root<ProviderRegion> region = regions.from(ProviderRegion.class);
				regions.select(region.get("id"))
					.where(cb.equal(region.get("provider"), root),
							cb.equal(region.get("continent"), enumOf(Continent.class, filter.continent())),
							cb.equal(region.get("status"), RegionStatus.CURRENT));
				predicates.add(cb.exists(regions));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String key) {
		return Enum.valueOf(type, key.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

	private record ParsedProfile(String hash, ProviderProfile profile) {
	}

}
