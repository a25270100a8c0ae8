package io.paasatlas.provider;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import io.paasatlas.catalog.CatalogReader;
import io.paasatlas.catalog.Continent;
import io.paasatlas.catalog.CostCategory;
import io.paasatlas.catalog.Currency;
import io.paasatlas.catalog.DockerfileNeed;
import io.paasatlas.catalog.FreeTierStatus;
import io.paasatlas.catalog.LoadedCatalog;
import io.paasatlas.catalog.PricingModel;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.RegionStatus;
import io.paasatlas.pricing.Confidence;
import io.paasatlas.pricing.Estimate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.paasatlas.provider.TestProfiles.provider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The catalog tables as Flyway creates them on H2: seeding the validated profiles, then listing them filtered,
 * sorted and paged. Hibernate validates the entities against the migration ({@code ddl-auto=validate}).
 */
@DataJpaTest
class ProviderRepositoryTests {

	/**
	 * The always-on estimates the seeder is given: alpha $3.50, beta €4.00 (approximate), gamma at least $9, delta
	 * none; epsilon at least $0.00 with an unpriced instance.
	 */
	private static final AlwaysOnEstimate ESTIMATES = new AlwaysOnEstimate() {

		@Override
		public Estimate estimate(ProviderProfile profile) {
			return switch (profile.slug()) {
				case "alpha" -> estimate(profile, Currency.USD, "3.50", Confidence.EXACT);
				case "beta" -> estimate(profile, Currency.EUR, "4.00", Confidence.APPROXIMATE);
				case "gamma" -> estimate(profile, Currency.USD, "9.00", Confidence.LOWER_BOUND);
				case "epsilon" -> new Estimate("epsilon", "Epsilon", Currency.USD, BigDecimal.ZERO, Confidence.LOWER_BOUND,
						List.of(), null, List.of(new Estimate.LineItem("web: 1 × small", CostCategory.COMPUTE,
								BigDecimal.ONE, "instance-month", null, null, null, false, false, false, null, null)),
						List.of(), List.of(), List.of(), List.of(), List.of());
				default -> estimate(profile, Currency.USD, null, Confidence.CANNOT_RUN);
			};
		}

		@Override
		public String link() {
			return "/estimate";
		}

		private static Estimate estimate(ProviderProfile profile, Currency currency, String total, Confidence confidence) {
			return new Estimate(profile.slug(), profile.name(), currency, (total != null) ? new BigDecimal(total) : null,
					confidence, List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
		}
	};

	@Autowired
	private ProviderRepository providers;

	@Autowired
	private ProviderDocumentRepository documents;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private DataSource dataSource;

	private CatalogSeeder seeder;

	private ProviderCatalog catalog;

	@BeforeEach
	void setUp() {
		this.seeder = new CatalogSeeder(new LoadedCatalog(List.of()), this.providers,
				new TransactionTemplate(this.transactionManager), new JdbcTemplate(this.dataSource), ESTIMATES);
		this.catalog = new ProviderCatalog(this.providers, this.documents);
	}

	@Test
	void seedsProvidersRegionsAndDocuments() {
		seed(sample());
		assertThat(this.providers.count()).isEqualTo(4);
		assertThat(this.documents.count()).isEqualTo(4);
		Provider alpha = this.providers.findBySlug("alpha").orElseThrow();
		assertThat(alpha.getName()).isEqualTo("Alpha Cloud");
		assertThat(alpha.getWebsite()).isEqualTo("https://alpha.example.com/");
		assertThat(alpha.getPlatformType()).isEqualTo("Edge PaaS");
		assertThat(alpha.getPricingModel()).isEqualTo(PricingModel.USAGE_BASED);
		assertThat(alpha.getFreeTier()).isEqualTo(FreeTierStatus.NONE);
		assertThat(alpha.getDeploymentMethods()).containsExactly("Dockerfile", "flyctl");
		assertThat(alpha.getLastVerifiedText()).isEqualTo("2026-10");
		assertThat(alpha.getLastVerified()).isEqualTo("2026-10-01");
		// only current regions count
		assertThat(alpha.getRegionCount()).isEqualTo(3);
	}

	@Test
	void storesRegionsInProfileOrder() {
		seed(sample());
		Provider alpha = this.providers.findBySlug("alpha").orElseThrow();
		assertThat(alpha.getRegions()).extracting(ProviderRegion::getCode, ProviderRegion::getContinent,
				ProviderRegion::getStatus)
			.containsExactly(tuple("syd", Continent.OCEANIA, RegionStatus.CURRENT),
					tuple("ams", Continent.EUROPE, RegionStatus.CURRENT),
					tuple("atl", Continent.NORTH_AMERICA, RegionStatus.DEPRECATED),
					tuple("nrt", Continent.ASIA, RegionStatus.CURRENT));
		assertThat(this.providers.findAllRegions()).extracting(ProviderRegion::getCode)
			.startsWith("syd", "ams", "atl", "nrt");
	}

	@Test
	void storesTheWholeProfileAndReadsItBack() {
		List<ProviderProfile> profiles = sample();
		seed(profiles);
		JsonMapper json = CatalogReader.jsonMapper();
		assertThat(json.writeValueAsString(this.catalog.profile("alpha")))
			.isEqualTo(json.writeValueAsString(profiles.get(0)));
		assertThat(this.catalog.profiles(List.of("gamma", "alpha"))).extracting(ProviderProfile::slug)
			.containsExactly("gamma", "alpha");
	}

	@Test
	void anUnknownSlugIsNotFound() {
		seed(sample());
		assertThatExceptionOfType(ProviderNotFoundException.class).isThrownBy(() -> this.catalog.profile("nope"))
			.satisfies((ex) -> assertThat(ex.getSlug()).isEqualTo("nope"));
	}

	@Test
	void cheapestPriceCountsOnlyAlwaysOnOffersFromVerifiedSources() {
		seed(sample());
		Provider alpha = this.providers.findBySlug("alpha").orElseThrow();
		// the sleeping free offer and the unverified $1 offer are left out
		assertThat(alpha.getCheapestMonthlyUsd()).isEqualByComparingTo("2");
		assertThat(alpha.getCheapestOffer()).isEqualTo("~$2–3/mo (small, 512 MB)");
		Provider delta = this.providers.findBySlug("delta").orElseThrow();
		assertThat(delta.getCheapestMonthlyUsd()).isNull();
		assertThat(delta.getCheapestOffer()).isNull();
	}

	@Test
	void seedingTwiceIsIdempotent() {
		seed(sample());
		Map<String, Object> ids = ids();
		seed(sample());
		restart();
		seed(sample());
		// providers and documents updated in place, regions replaced in the same order
		assertThat(ids()).isEqualTo(ids);
		assertThat(this.providers.count()).isEqualTo(4);
		assertThat(this.documents.count()).isEqualTo(4);
		assertThat(this.providers.findAllRegions()).extracting(ProviderRegion::getCode)
			.containsExactly("syd", "ams", "atl", "nrt", "fra", "sin", "iad");
	}

	@Test
	void seedingUpdatesAChangedProfileInPlace() {
		seed(List.of(provider("beta").name("Beta").freeTier("limited").region("fra", "europe").build()));
		Map<String, Object> ids = ids();
		// parsed and kept: the new document's fingerprint must tell it apart
		assertThat(this.catalog.profile("beta").name()).isEqualTo("Beta");
		restart();
		seed(List.of(provider("beta").name("Beta Renamed").freeTier("trial").model("fixed-plans")
			.region("ams", "europe").region("fra", "europe").build()));
		assertThat(ids()).isEqualTo(ids);
		Provider beta = this.providers.findBySlug("beta").orElseThrow();
		assertThat(beta.getName()).isEqualTo("Beta Renamed");
		assertThat(beta.getFreeTier()).isEqualTo(FreeTierStatus.TRIAL);
		assertThat(beta.getPricingModel()).isEqualTo(PricingModel.FIXED_PLANS);
		assertThat(beta.getRegionCount()).isEqualTo(2);
		assertThat(beta.getRegions()).extracting(ProviderRegion::getCode).containsExactly("ams", "fra");
		assertThat(this.catalog.profile("beta").name()).isEqualTo("Beta Renamed");
	}

	@Test
	void seedingDeletesProvidersWhoseProfileIsGoneWithTheirRegionsAndDocuments() {
		ProviderProfile kept = provider("kept").build();
		seed(List.of(kept, provider("gone").region("fra", "europe").region("sin", "asia").build()));
		assertThat(this.providers.findAllRegions()).hasSize(2);
		restart();
		seed(List.of(kept));
		assertThat(this.providers.findAll()).extracting(Provider::getSlug).containsExactly("kept");
		assertThat(this.documents.count()).isEqualTo(1);
		assertThat(this.providers.findAllRegions()).isEmpty();
		restart();
		seed(List.of());
		assertThat(this.providers.count()).isZero();
		assertThat(this.documents.count()).isZero();
	}

	@Test
	void listsEveryProviderByNameByDefault() {
		seed(sample());
		assertThat(sortedBy(null, null)).containsExactly("alpha", "beta", "delta", "gamma");
		assertThat(sortedBy("name", "desc")).containsExactly("gamma", "delta", "beta", "alpha");
	}

	@Test
	void filtersByFreeTier() {
		seed(sample());
		assertThat(slugs(filter(null, "none", null, null, null, null))).containsExactly("alpha", "delta");
		assertThat(slugs(filter(null, "limited", null, null, null, null))).containsExactly("beta");
		assertThat(slugs(filter(null, "trial", null, null, null, null))).isEmpty();
	}

	@Test
	void filtersByPricingModel() {
		seed(sample());
		assertThat(slugs(filter(null, null, "fixed-plans", null, null, null))).containsExactly("beta", "gamma");
		assertThat(slugs(filter(null, null, "hybrid", null, null, null))).isEmpty();
	}

	@Test
	void filtersByContinentOfACurrentRegion() {
		seed(sample());
		assertThat(slugs(filter(null, null, null, "europe", null, null))).containsExactly("alpha", "beta");
		assertThat(slugs(filter(null, null, null, "asia", null, null))).containsExactly("alpha", "gamma");
		// alpha's only North American region is deprecated
		assertThat(slugs(filter(null, null, null, "north-america", null, null))).containsExactly("gamma");
		assertThat(slugs(filter(null, null, null, "africa", null, null))).isEmpty();
	}

	@Test
	void searchesNamePlatformTypeAndDeploymentMethodsIgnoringCase() {
		seed(sample());
		assertThat(slugs(filter("ALPHA", null, null, null, null, null))).containsExactly("alpha");
		assertThat(slugs(filter("edge", null, null, null, null, null))).containsExactly("alpha");
		assertThat(slugs(filter("buildpack", null, null, null, null, null))).containsExactly("beta");
		assertThat(slugs(filter("  cloud  ", null, null, null, null, null))).containsExactly("alpha", "gamma");
	}

	@Test
	void searchTreatsLikeWildcardsAsText() {
		seed(sample());
		// only delta's platform type, "100% managed", has a percent sign
		assertThat(slugs(filter("%", null, null, null, null, null))).containsExactly("delta");
		assertThat(slugs(filter("0% m", null, null, null, null, null))).containsExactly("delta");
		assertThat(slugs(filter("_", null, null, null, null, null))).isEmpty();
		assertThat(slugs(filter("\\", null, null, null, null, null))).isEmpty();
	}

	@Test
	void combinesFilters() {
		seed(sample());
		assertThat(slugs(filter("cloud", "none", "usage-based", "asia", null, null))).containsExactly("alpha");
		assertThat(slugs(filter("cloud", "limited", null, "asia", null, null))).isEmpty();
	}

	@Test
	void sortsByPriceCheapestFirstWithUnknownPricesLast() {
		seed(sample());
		assertThat(sortedBy("price", null)).containsExactly("alpha", "gamma", "beta", "delta");
	}

	@Test
	void sortsByPriceDescendingStillWithUnknownPricesLast() {
		seed(sample());
		assertThat(sortedBy("price", "desc")).containsExactly("beta", "gamma", "alpha", "delta");
	}

	@Test
	void sortsByRegionsMostFirstByDefault() {
		seed(sample());
		assertThat(sortedBy("regions", null)).containsExactly("alpha", "gamma", "beta", "delta");
		assertThat(sortedBy("regions", "asc")).containsExactly("delta", "beta", "gamma", "alpha");
	}

	@Test
	void sortsByLastVerifiedNewestFirstByDefault() {
		seed(sample());
		assertThat(sortedBy("verified", null)).containsExactly("beta", "delta", "alpha", "gamma");
	}

	@Test
	void seedsWhatTheTableFiltersOn() {
		seed(sample());
		Provider alpha = this.providers.findBySlug("alpha").orElseThrow();
		assertThat(alpha.getAlwaysOnAmount()).isEqualByComparingTo("3.50");
		assertThat(alpha.getAlwaysOnCurrency()).isEqualTo(Currency.USD);
		assertThat(alpha.getAlwaysOnConfidence()).isEqualTo(Confidence.EXACT);
		assertThat(alpha.getAlwaysOnText()).isEqualTo("$3.50");
		assertThat(alpha.isManagedPostgres()).isFalse();
		assertThat(alpha.getDockerfileNeed()).isEqualTo(DockerfileNeed.REQUIRED);
		assertThat(alpha.getSleepsAfterMinutes()).isNull();
		Provider beta = this.providers.findBySlug("beta").orElseThrow();
		assertThat(beta.getAlwaysOnText()).isEqualTo("€4.00");
		assertThat(beta.isManagedPostgres()).isTrue();
		assertThat(beta.getDockerfileNeed()).isEqualTo(DockerfileNeed.NOT_NEEDED);
		assertThat(this.providers.findBySlug("gamma").orElseThrow().getSleepsAfterMinutes()).as("the shortest").isEqualTo(15);
		Provider delta = this.providers.findBySlug("delta").orElseThrow();
		assertThat(delta.getAlwaysOnAmount()).isNull();
		assertThat(delta.getAlwaysOnCurrency()).isNull();
		assertThat(delta.getAlwaysOnConfidence()).isEqualTo(Confidence.CANNOT_RUN);
		assertThat(delta.getDockerfileNeed()).isEqualTo(DockerfileNeed.UNKNOWN);
	}

	@Test
	void anEstimateWhoseComputeHasNoPriceIsUnknownNotFree() {
		seed(List.of(provider("epsilon").name("Epsilon").build()));
		Provider epsilon = this.providers.findBySlug("epsilon").orElseThrow();
		assertThat(epsilon.getAlwaysOnAmount()).as("not $0.00").isNull();
		assertThat(epsilon.getAlwaysOnConfidence()).isEqualTo(Confidence.LOWER_BOUND);
		assertThat(slugs(filters("5", null, null, null))).isEmpty();
	}

	@Test
	void filtersByACeilingInDollarsLeavingOutOtherCurrencies() {
		seed(sample());
		assertThat(slugs(filters("5", null, null, null))).containsExactly("alpha");
		assertThat(slugs(filters("10", null, null, null))).as("beta's €4.00 is not converted")
			.containsExactly("alpha", "gamma");
		assertThat(slugs(filters("0", null, null, null))).isEmpty();
	}

	@Test
	void filtersByManagedPostgresDockerfileAndSleep() {
		seed(sample());
		assertThat(slugs(filters(null, "true", null, null))).containsExactly("beta");
		assertThat(slugs(filters(null, null, "true", null))).containsExactly("beta");
		assertThat(slugs(filters(null, null, null, "yes"))).containsExactly("gamma");
		assertThat(slugs(filters(null, null, null, "no"))).containsExactly("alpha", "beta", "delta");
		assertThat(slugs(filters(null, "false", "false", null))).as("false is no filter").hasSize(4);
	}

	@Test
	void sortsEveryColumnByItsMeaningWithUnknownValuesLastBothWays() {
		seed(sample());
		assertThat(sortedBy("estimate", null)).as("dollars, then euros, never converted")
			.containsExactly("alpha", "gamma", "beta", "delta");
		assertThat(sortedBy("estimate", "desc")).containsExactly("beta", "gamma", "alpha", "delta");
		assertThat(sortedBy("free-tier", null)).as("limited before none; unknown last")
			.containsExactly("beta", "alpha", "delta", "gamma");
		assertThat(sortedBy("free-tier", "desc")).containsExactly("alpha", "delta", "beta", "gamma");
		assertThat(sortedBy("dockerfile", null)).containsExactly("beta", "alpha", "delta", "gamma");
		assertThat(sortedBy("sleeps", null)).containsExactly("gamma", "alpha", "beta", "delta");
		assertThat(sortedBy("postgres", null)).as("listed plans first").containsExactly("beta", "alpha", "delta", "gamma");
		assertThat(sortedBy("platform", null)).containsExactly("delta", "alpha", "beta", "gamma");
		for (ProviderSort sort : ProviderSort.values()) {
			for (String dir : new String[] { "asc", "desc" }) {
				assertThat(sortedBy(sort.key(), dir)).as("%s %s", sort.key(), dir)
					.containsExactlyInAnyOrder("alpha", "beta", "gamma", "delta");
			}
		}
	}

	@Test
	void pagesFiftyProvidersAtATime() {
		List<ProviderProfile> many = IntStream.rangeClosed(1, 53)
			.mapToObj((i) -> provider("p%02d".formatted(i)).name("Provider %02d".formatted(i)).build())
			.toList();
		seed(many);
		Page<Provider> first = this.catalog.list(ProviderFilter.none());
		assertThat(first.getSize()).isEqualTo(ProviderFilter.PAGE_SIZE).isEqualTo(50);
		assertThat(first.getContent()).hasSize(50);
		assertThat(first.getTotalElements()).isEqualTo(53);
		assertThat(first.getTotalPages()).isEqualTo(2);
		assertThat(first.getContent().get(0).getSlug()).isEqualTo("p01");
		Page<Provider> second = this.catalog.list(ProviderFilter.none().atPage(2));
		assertThat(second.getContent()).extracting(Provider::getSlug).containsExactly("p51", "p52", "p53");
		assertThat(second.hasNext()).isFalse();
		Page<Provider> beyond = this.catalog.list(ProviderFilter.none().atPage(3));
		assertThat(beyond.getContent()).isEmpty();
	}

	/**
	 * Four providers: alpha (usage-based, no free tier, ~$2-3, 3 current regions and a deprecated one), beta
	 * (fixed plans, limited free tier, $12, 1 region), gamma (fixed plans, unknown free tier, $7, 2 regions) and
	 * delta (unknown price, no regions).
	 */
	private static List<ProviderProfile> sample() {
		return List.of(
				provider("alpha").name("Alpha Cloud").platformType("Edge PaaS").lastVerified("2026-10").dockerfile("required")
					.sleepingOffer("free", "0").unverifiedOffer("cheap", "1").offer("small", "~2-3")
					.offer("large", "30")
					.region("syd", "oceania").region("ams", "europe").region("atl", "north-america", "deprecated")
					.region("nrt", "asia").method("flyctl", "yes").method("Buildpacks", "no").build(),
				provider("beta").name("Beta").model("fixed-plans").freeTier("limited").lastVerified("2026-11-20")
					.dockerfile("not-needed").postgresPlan("Basic", "7")
					.offer("basic", "12").region("fra", "europe").method("Buildpacks", "partial").build(),
				provider("gamma").name("Gamma Cloud").model("fixed-plans").freeTier("unknown").lastVerified("2025")
					.sleepingInstance("Hobby", 30).sleepingInstance("Free", 15)
					.offer("starter", "7").region("sin", "asia").region("iad", "north-america").build(),
				provider("delta").name("Delta").platformType("100% managed").lastVerified("2026-11-01")
					.offer("plan", "unknown").build());
	}

	private void seed(List<ProviderProfile> profiles) {
		this.seeder.seed(profiles);
		this.entityManager.flush();
		// the seeder writes regions and documents by JDBC, past this test's persistence context (the app's seeding
		// transaction ends before anything reads them)
		this.entityManager.clear();
	}

	/** The ids of every provider and document by slug: the same after seeding again means updated in place. */
	private Map<String, Object> ids() {
		Map<String, Object> ids = new TreeMap<>();
		PersistenceUnitUtil util = this.entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
		for (Provider provider : this.providers.findAll()) {
			ids.put(provider.getSlug(), provider.getId());
			ids.put(provider.getSlug() + " document",
					util.getIdentifier(this.documents.findByProviderSlug(provider.getSlug()).orElseThrow()));
		}
		return ids;
	}

	/** Forgets every loaded entity, as a restart does: the next seed reads the rows back from the database. */
	private void restart() {
		this.entityManager.clear();
	}

	private static ProviderFilter filter(String q, String freeTier, String model, String continent, String sort,
			String dir) {
		return new ProviderFilter(q, freeTier, model, continent, null, null, null, null, sort, dir, null);
	}

	private static ProviderFilter filters(String maxPrice, String postgres, String noDockerfile, String sleeps) {
		return new ProviderFilter(null, null, null, null, maxPrice, postgres, noDockerfile, sleeps, null, null, null);
	}

	private List<String> sortedBy(String sort, String dir) {
		return slugs(filter(null, null, null, null, sort, dir));
	}

	private List<String> slugs(ProviderFilter filter) {
		return this.catalog.list(filter).map(Provider::getSlug).getContent();
	}

}
