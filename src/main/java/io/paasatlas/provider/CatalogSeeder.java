package io.paasatlas.provider;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import io.paasatlas.catalog.CatalogReader;
import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.Fingerprint;
import io.paasatlas.catalog.LoadedCatalog;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.ComputeOffer;
import io.paasatlas.catalog.RegionStatus;
import io.paasatlas.pricing.Money;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the validated profiles into the database once every bean is ready and before the web server opens.
 * Idempotent: a provider is updated in place, its regions and document replaced, and providers whose profile is
 * gone are deleted, so seeding twice (or a restart on PostgreSQL) gives the same rows. On a PostgreSQL shared by
 * several instances (a deploy to several regions, {@code fly scale count 3}) the instances seed one after the other,
 * under a transaction-level advisory lock: started together, each would otherwise insert the same slugs and all but
 * one die on the unique key. The last to seed wins, which during a rolling deploy is the new version.
 */
@Component
class CatalogSeeder implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(CatalogSeeder.class);

	private static final JsonMapper json = CatalogReader.documentMapper();

	/** The advisory lock's key, the same in every instance: "PaaSAtls" in ASCII. */
	static final long SEED_LOCK = 0x5061615341746c73L;

	private final LoadedCatalog catalog;

	private final ProviderRepository providers;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final AlwaysOnEstimate alwaysOn;

	/** @param alwaysOn the estimate of the table's always-on column */
	CatalogSeeder(LoadedCatalog catalog, ProviderRepository providers, TransactionTemplate transactions,
			JdbcTemplate jdbc, AlwaysOnEstimate alwaysOn) {
		this.catalog = catalog;
		this.providers = providers;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.alwaysOn = alwaysOn;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long start = System.nanoTime();
		this.transactions.executeWithoutResult((status) -> {
			lockOutOtherInstances();
			seed(this.catalog.profiles(), this.catalog.takeDocuments());
		});
		logger.info("Seeded " + this.catalog.profiles().size() + " providers in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	/**
	 * On PostgreSQL, waits for any other instance seeding the same database; the lock ends with the transaction.
	 * H2 in memory belongs to this instance alone.
	 */
	void lockOutOtherInstances() {
		this.jdbc.execute((ConnectionCallback<Boolean>) (connection) -> {
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				return false;
			}
			try (Statement statement = connection.createStatement()) {
				ResultSet free = statement.executeQuery("SELECT pg_try_advisory_xact_lock(" + SEED_LOCK + ")");
				if (free.next() && !free.getBoolean(1)) {
					logger.info("Another instance is seeding this database; waiting for it to finish");
					statement.execute("SELECT pg_advisory_xact_lock(" + SEED_LOCK + ")");
				}
			}
			return true;
		});
	}

	void seed(List<ProviderProfile> profiles) {
		seed(profiles, List.of());
	}

	/** @param documents the profiles' documents compiled at build time, in their order; empty to write them */
	void seed(List<ProviderProfile> profiles, List<String> documents) {
		Map<String, Provider> bySlug = new HashMap<>();
		// a new database, as H2 in memory is at every start, has nothing to replace: two queries fewer, whose
		// parsing by Hibernate was a fifth of the seeding's time at start-up
		if (hasProviders()) {
			List<String> slugs = profiles.stream().map(ProviderProfile::slug).toList();
			this.providers.deleteAll(this.providers.findBySlugNotIn(slugs.isEmpty() ? List.of("") : slugs));
			// one query for the providers already seeded (a restart on PostgreSQL), not one per profile
			this.providers.findAll().forEach((p) -> bySlug.put(p.getSlug(), p));
		}
		List<Long> seeded = new ArrayList<>();
		List<Object[]> regions = new ArrayList<>();
		List<Object[]> updated = new ArrayList<>();
		List<Object[]> inserted = new ArrayList<>();
		// what each row holds, computed on every core: the JSON (unless compiled at build time), its fingerprint and
		// the cost model's estimate are most of the seeding's own work, and the profiles are immutable
		List<Row> rows = IntStream.range(0, profiles.size())
			.parallel()
			.mapToObj((i) -> row(profiles.get(i), documents.isEmpty() ? null : documents.get(i)))
			.toList();
		for (Row row : rows) {
			ProviderProfile profile = row.profile();
			Provider existing = bySlug.get(profile.slug());
			Provider provider = (existing != null) ? existing : new Provider(profile.slug());
			Cheapest cheapest = row.cheapest();
			provider.update(profile.name(), profile.website().toString(), profile.identity().platformType(),
					profile.pricing().model(), profile.pricing().freeTier().status(),
					(cheapest != null) ? cheapest.monthlyUsd() : null, (cheapest != null) ? cheapest.label() : null,
					currentRegionCount(profile),
					profile.deployment().methods().stream()
						.filter((m) -> m.support() != io.paasatlas.catalog.Support.NO)
						.map(ProviderProfile.Method::name)
						.toList(),
					profile.lastVerified().start(), profile.lastVerified().text());
			provider.update(row.facts());
			// filled before its insert: one INSERT, not an INSERT and an UPDATE
			Long id = (existing != null) ? existing.getId() : this.providers.save(provider).getId();
			if (existing != null) {
				seeded.add(id);
			}
			List<ProviderProfile.Region> list = profile.regions().list();
			for (int i = 0; i < list.size(); i++) {
				ProviderProfile.Region region = list.get(i);
				regions.add(new Object[] { id, i, region.code(), region.continent().name(),
						region.effectiveStatus().name() });
			}
			(existing != null ? updated : inserted).add(new Object[] { row.hash(), row.json(), id });
		}
		// the providers' own rows first (the updates of those seeded before), then the bulk rows by batched JDBC:
		// Hibernate cannot batch inserts into IDENTITY tables, and one statement per region was most of the seeding
		this.providers.flush();
		this.jdbc.batchUpdate("DELETE FROM provider_region WHERE provider_id = ?",
				seeded.stream().map((id) -> new Object[] { id }).toList());
		batch(REGION_INSERT, regions);
		int[][] counts = batch("UPDATE provider_document SET content_hash = ?, json = ? WHERE provider_id = ?", updated);
		int row = 0;
		for (int[] chunk : counts) {
			for (int count : chunk) {
				// a provider seeded without its document (never by this seeder, but the row may be gone)
				if (count == 0) {
					inserted.add(updated.get(row));
				}
				row++;
			}
		}
		batch("INSERT INTO provider_document (content_hash, json, provider_id) VALUES (?, ?, ?)", inserted);
	}

	private boolean hasProviders() {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM provider", Long.class);
		return count != null && count > 0;
	}

	private Row row(ProviderProfile profile, @Nullable String document) {
		String text = (document != null) ? document : json.writeValueAsString(profile);
		return new Row(profile, cheapestAlwaysOn(profile).orElse(null), TableFacts.of(profile, this.alwaysOn), text,
				Fingerprint.of(text));
	}

	/** A profile and what its rows hold besides it. */
	private record Row(ProviderProfile profile, @Nullable Cheapest cheapest, TableFacts facts, String json,
			String hash) {
	}

	private static final String REGION_INSERT = "INSERT INTO provider_region (provider_id, position, code, continent, "
			+ "status) VALUES (?, ?, ?, ?, ?)";

	/** In batches of 100 rows: a document is up to a few hundred kB of JSON. */
	private int[][] batch(String sql, List<Object[]> rows) {
		return this.jdbc.batchUpdate(sql, rows, 100, (statement, row) -> {
			for (int i = 0; i < row.length; i++) {
				StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, row[i]);
			}
		});
	}

	static int currentRegionCount(ProviderProfile profile) {
		return (int) profile.regions().list().stream()
			.filter((r) -> r.effectiveStatus() == RegionStatus.CURRENT)
			.count();
	}

	/**
	 * The lowest monthly price of an offer that stays on without traffic, from a verified source: what keeping one
	 * small app up costs at least.
	 */
	static Optional<Cheapest> cheapestAlwaysOn(ProviderProfile profile) {
		Citations citations = new Citations(profile, Period.ZERO, LocalDate.now());
		return profile.pricing().computeOffers().stream()
			.filter(ComputeOffer::isAlwaysOn)
			.filter((offer) -> offer.monthlyUsd().known())
			.filter((offer) -> !citations.isUnverified(
					(offer.source() != null) ? offer.source() : profile.pricing().source()))
			.min(Comparator.comparing((ComputeOffer offer) -> offer.monthlyUsd().lower()))
			.map((offer) -> new Cheapest(offer.monthlyUsd().lower(), label(offer)));
	}

	/** The price as the source wrote it ("~$2–3") and the offer: "~$2–3/mo (shared-cpu-1x, 256 MB)". */
	private static String label(ComputeOffer offer) {
		StringBuilder label = new StringBuilder(Money.price(offer.monthlyUsd())).append("/mo (").append(offer.preset());
		if (offer.memoryMb() != null) {
			label.append(", ").append(offer.memoryMb()).append(" MB");
		}
		if (offer.region() != null) {
			label.append(", ").append(offer.region());
		}
		return label.append(')').toString();
	}

	record Cheapest(BigDecimal monthlyUsd, String label) {
	}

}
