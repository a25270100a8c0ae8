package io.paasatlas.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.paasatlas.catalog.CatalogLoader;
import io.paasatlas.catalog.CatalogReport;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.estimate.Estimate.LineItem;
import io.paasatlas.estimate.Estimate.Status;
import jakarta.validation.Validation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each provider's billing rule against numbers computed by hand from the prices in {@code data/providers}. The
 * arithmetic is written out in each test so that a reader can check it.
 */
class CostModelTests {

	static Map<String, ProviderProfile> profiles;

	final CostModel model = new CostModel();

	@BeforeAll
	static void readCatalog() {
		CatalogReport report = new CatalogLoader(Validation.buildDefaultValidatorFactory().getValidator(),
				Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC))
			.load(Path.of("data/providers").toString());
		assertThat(report.errors()).isEmpty();
		profiles = new LinkedHashMap<>();
		report.profiles().forEach((p) -> profiles.put(p.slug(), p));
	}

	static Workload minimalFlask() {
		return workload(List.of(Area.US_EAST), 1, 512, "shared", 100, "1", Map.of(Area.US_EAST, gb("25")), false);
	}

	static Workload globalFlask() {
		BigDecimal third = new BigDecimal("250").divide(new BigDecimal("3"), 6, RoundingMode.HALF_UP);
		return workload(List.of(Area.US_EAST, Area.EU_WEST, Area.ASIA_SOUTHEAST), 1, 512, "shared", 100, "3",
				Map.of(Area.US_EAST, third, Area.EU_WEST, third, Area.ASIA_SOUTHEAST, third), false);
	}

	static Workload workload(List<Area> areas, int count, int memoryMb, String cpuKind, int cpuPercent,
			String storageGb, Map<Area, BigDecimal> egress, boolean allowSleep) {
		return new Workload(List.of(new Workload.Service("web", count, cpuKind, BigDecimal.ONE, memoryMb, areas,
				new BigDecimal("730"), cpuPercent)), gb(storageGb), egress, 0, null, allowSleep);
	}

	static BigDecimal gb(String value) {
		return new BigDecimal(value);
	}

	Estimate estimate(String slug, Workload workload) {
		return this.model.estimate(profiles.get(slug), workload);
	}

	static BigDecimal usd(String value) {
		return new BigDecimal(value);
	}

	static List<BigDecimal> monthly(Estimate estimate) {
		return estimate.lines().stream().map(LineItem::monthly).toList();
	}

	@Nested
	class FlyIo {

		@Test
		void minimalFlaskBillsA720HourPricePerSecondFor730Hours() {
			Estimate e = estimate("fly-io", minimalFlask());
			// shared-cpu-1x 512 MB: $3.19 per 720 h x 730 h = 3.234306 -> 3.23
			// volume 1 GB x $0.15 = 0.15; egress 25 GB x $0.02 (North America) = 0.50
			assertThat(monthly(e)).containsExactly(usd("3.23"), usd("0.15"), usd("0.50"));
			assertThat(e.total()).isEqualByComparingTo("3.88");
			assertThat(e.status()).isEqualTo(Status.COMPLETE);
			assertThat(e.placements()).singleElement().satisfies((p) -> assertThat(p.regionCode()).isEqualTo("iad"));
		}

		@Test
		void globalFlaskPricesEgressByRegionGroup() {
			Estimate e = estimate("fly-io", globalFlask());
			// 3 x $3.19 x 730/720 = 9.702917 -> 9.70; volumes 3 x 0.15 = 0.45
			// egress: 166.666666 GB in NA/EU x 0.02 = 3.33; 83.333333 GB from sin x 0.04 = 3.33
			assertThat(monthly(e)).containsExactly(usd("9.70"), usd("0.45"), usd("3.33"), usd("3.33"));
			assertThat(e.total()).isEqualByComparingTo("16.81");
			assertThat(e.placements()).extracting(Estimate.Placement::regionCode).containsExactly("iad", "lhr", "sin");
			assertThat(e.warnings()).noneMatch((w) -> w.startsWith("No region"));
		}

		@Test
		void memoryBetweenPresetsIsExtraRamOnTheSmallestFittingPreset() {
			Workload w = workload(List.of(Area.US_EAST), 1, 768, "shared", 100, "0", Map.of(), false);
			Estimate e = estimate("fly-io", w);
			// cheapest: shared-cpu-1x 512 MB $3.19 + 256 MB extra (0.25 GB x $5 = 1.25) = 4.44 per 720 h,
			// cheaper than the 1 GB preset at $5.70; for 730 h: 3.19 x 730/720 = 3.23, 1.25 x 730/720 = 1.27
			assertThat(monthly(e)).containsExactly(usd("3.23"), usd("1.27"));
			assertThat(e.lines().get(0).what()).contains("shared-cpu-1x (512 MB)");
			assertThat(e.total()).isEqualByComparingTo("4.50");
		}

		@Test
		void moreMemoryThanASharedCpuCanHaveNeedsAPerformanceMachine() {
			Workload shared = workload(List.of(Area.US_EAST), 1, 4096, "shared", 100, "0", Map.of(), false);
			Estimate e = estimate("fly-io", shared);
			// shared-cpu-1x tops out at 2 GB; the larger shared presets have no known price
			assertThat(e.status()).isEqualTo(Status.UNAVAILABLE);
			assertThat(e.blockers()).singleElement().asString().contains("no known price");
			Workload performance = workload(List.of(Area.US_EAST), 1, 4096, "performance", 100, "0", Map.of(), false);
			// performance-1x 2 GB "~25-30" (midpoint 27.50) + 2 GB extra x $5 = 37.50 beats performance-2x ~62;
			// 27.50 x 730/720 = 27.881944 -> 27.88; 10 x 730/720 = 10.138889 -> 10.14
			Estimate p = estimate("fly-io", performance);
			assertThat(monthly(p)).containsExactly(usd("27.88"), usd("10.14"));
			assertThat(p.approximate()).isTrue();
		}

		@Test
		void fourSharedVcpusNeedAPresetWithFourWhoseCurrentPriceIsUnknown() {
			Workload w = new Workload(List.of(new Workload.Service("web", 1, "shared", new BigDecimal("4"), 1024,
					List.of(Area.US_EAST), new BigDecimal("730"), 100)), BigDecimal.ZERO, Map.of(), 0, null, false);
			Estimate e = estimate("fly-io", w);
			assertThat(e.status()).isEqualTo(Status.UNAVAILABLE);
			assertThat(e.blockers()).singleElement().asString().contains("no known price");
		}

		@Test
		void aDedicatedIpv4AndPostgresAreAddedAtTheirListedPrices() {
			Workload base = minimalFlask();
			Workload w = new Workload(base.services(), base.storageGb(), base.egressGb(), 2, 1024, false);
			Estimate e = estimate("fly-io", w);
			// 2 x $2 = 4.00; MPG Basic (1 GB) $38
			assertThat(monthly(e)).containsExactly(usd("3.23"), usd("0.15"), usd("0.50"), usd("4.00"), usd("38.00"));
			assertThat(e.total()).isEqualByComparingTo("45.88");
		}

		@Test
		void halfAMonthCostsHalfAsMuchBecauseFlyBillsPerSecond() {
			Workload w = new Workload(List.of(new Workload.Service("web", 1, "shared", BigDecimal.ONE, 512,
					List.of(Area.US_EAST), new BigDecimal("360"), 100)), BigDecimal.ZERO, Map.of(), 0, null, false);
			// 3.19 x 360/720 = 1.595 -> 1.60 (half up)
			assertThat(monthly(estimate("fly-io", w))).containsExactly(usd("1.60"));
		}

	}

	@Nested
	class Heroku {

		@Test
		void minimalFlaskIsABasicDynoCappedAtItsMonthlyPrice() {
			Estimate e = estimate("heroku", minimalFlask());
			// Basic 512 MB $7: 730 h / 720 h > 1, capped at the monthly price -> 7.00;
			// volume storage and egress have no known price
			assertThat(e.lines().get(0).what()).contains("Basic");
			assertThat(e.lines().get(0).monthly()).isEqualByComparingTo("7.00");
			assertThat(e.lines()).filteredOn((l) -> !l.known()).hasSize(2);
			assertThat(e.total()).isEqualByComparingTo("7.00");
			assertThat(e.status()).isEqualTo(Status.INCOMPLETE);
		}

		@Test
		void ecoIsUsedOnlyWhenSleepingIsAllowedAndCostsOnePoolForTheAccount() {
			Workload w = workload(List.of(Area.US_EAST), 1, 512, "shared", 100, "0", Map.of(), true);
			Estimate e = estimate("heroku", w);
			assertThat(monthly(e)).containsExactly(usd("5.00"));
			assertThat(e.warnings()).anyMatch((x) -> x.contains("sleep after 30 minutes"));
			// two always-asleep-capable dynos for 730 h each need 1,460 h: more than Eco's 1,000-hour pool
			Workload two = workload(List.of(Area.US_EAST), 2, 512, "shared", 100, "0", Map.of(), true);
			assertThat(estimate("heroku", two).lines().get(0).what()).contains("Basic");
		}

		@Test
		void asiaIsServedFromACommonRuntimeRegionWithAWarning() {
			Estimate e = estimate("heroku", globalFlask());
			// 3 Basic dynos x $7 = 21.00; Private Spaces regions are not priced
			assertThat(e.lines().get(0).monthly()).isEqualByComparingTo("21.00");
			assertThat(e.placements()).extracting(Estimate.Placement::regionCode).doesNotContain("singapore", "tokyo");
			assertThat(e.warnings()).anyMatch((x) -> x.startsWith("No region in Asia"));
		}

	}

	@Nested
	class Render {

		@Test
		void minimalFlaskIsAStarterInstanceAndMeteredEgress() {
			Estimate e = estimate("render", minimalFlask());
			// Starter 512 MB $7 (unverified); storage unknown; egress 25 GB x $0.15 = 3.75
			assertThat(e.lines().get(0).what()).contains("Starter");
			assertThat(monthly(e)).containsExactly(usd("7.00"), null, usd("3.75"));
			assertThat(e.total()).isEqualByComparingTo("10.75");
			assertThat(e.status()).isEqualTo(Status.INCOMPLETE);
			assertThat(e.approximate()).isTrue();
			assertThat(e.warnings()).anyMatch((x) -> x.contains("unverified"));
		}

		@Test
		void theFreeInstanceSleepsAfter15Minutes() {
			Workload w = workload(List.of(Area.US_EAST), 1, 512, "shared", 100, "0", Map.of(), true);
			Estimate e = estimate("render", w);
			// Free: memory not stated, so a sized Starter wins over it; whether 512 MB fits Free is unknown
			assertThat(e.lines().get(0).what()).contains("Starter");
		}

	}

	@Nested
	class Railway {

		@Test
		void minimalFlaskAtFullCpuIsUsageBeyondTheHobbyCredit() {
			Estimate e = estimate("railway", minimalFlask());
			// CPU 1 vCPU x 730/720 = 1.013889 vCPU-month x $20 = 20.28
			// memory 0.5 GB x 730/720 = 0.506944 GB-month x $10 = 5.07
			// Hobby $5 fee, less the $5 of usage it includes; volume 0.15; egress 25 x $0.05 = 1.25
			assertThat(monthly(e)).containsExactly(usd("20.28"), usd("5.07"), usd("5.00"), usd("-5.00"), usd("0.15"),
					usd("1.25"));
			assertThat(e.total()).isEqualByComparingTo("26.75");
		}

		@Test
		void lowCpuUseFitsMostlyInTheHobbyCredit() {
			Workload w = workload(List.of(Area.US_EAST), 1, 512, "shared", 10, "1", Map.of(Area.US_EAST, gb("25")),
					false);
			Estimate e = estimate("railway", w);
			// CPU 0.1013889 x $20 = 2.03; memory 5.07; usage 7.10 > $5 credit
			assertThat(monthly(e)).containsExactly(usd("2.03"), usd("5.07"), usd("5.00"), usd("-5.00"), usd("0.15"),
					usd("1.25"));
			assertThat(e.total()).isEqualByComparingTo("8.50");
		}

		@Test
		void usageBelowTheCreditCostsOnlyTheFee() {
			Workload w = workload(List.of(Area.US_EAST), 1, 256, "shared", 5, "0", Map.of(), false);
			Estimate e = estimate("railway", w);
			// CPU 0.05 x 730/720 x $20 = 1.01; memory 0.25 x 730/720 x $10 = 2.53; usage 3.55 < $5 credit
			assertThat(monthly(e)).containsExactly(usd("1.01"), usd("2.53"), usd("5.00"), usd("-3.55"));
			assertThat(e.total()).isEqualByComparingTo("4.99");
		}

		@Test
		void moreReplicasThanHobbyAllowsNeedsPro() {
			Workload w = workload(List.of(Area.US_EAST), 7, 256, "shared", 5, "0", Map.of(), false);
			Estimate e = estimate("railway", w);
			assertThat(e.lines()).anyMatch((l) -> l.what().equals("Pro plan fee"));
		}

	}

	@Nested
	class PythonAnywhere {

		@Test
		void minimalFlaskIsTheHackerPlanAtAFlatMonthlyPrice() {
			Estimate e = estimate("pythonanywhere", minimalFlask());
			assertThat(e.lines().get(0).monthly()).isEqualByComparingTo("5.00");
			assertThat(e.total()).isEqualByComparingTo("5.00");
			assertThat(e.status()).isEqualTo(Status.INCOMPLETE);
			assertThat(e.warnings()).anyMatch((x) -> x.contains("memory of Hacker plan is unknown"));
			assertThat(e.placements()).singleElement().satisfies((p) -> assertThat(p.regionCode()).isEqualTo("us"));
		}

		@Test
		void threeRegionsCannotRunOnAOneWebAppPlan() {
			Estimate e = estimate("pythonanywhere", globalFlask());
			assertThat(e.status()).isEqualTo(Status.UNAVAILABLE);
			assertThat(e.total()).isNull();
			assertThat(e.blockers()).singleElement().asString().contains("at most 1 per account");
		}

	}

	@Test
	void aProviderWithoutBillingRulesCannotBeEstimated() {
		ProviderProfile fly = profiles.get("fly-io");
		ProviderProfile without = new ProviderProfile(fly.slug(), fly.name(), fly.website(), fly.lastVerified(),
				fly.sources(), fly.identity(), fly.pricing(), fly.deployment(), fly.features(), fly.python(),
				fly.regions(), fly.pros(), fly.cons(), fly.idealFor(), fly.notIdealFor(), fly.comparisons(),
				fly.verdict(), null);
		Estimate e = this.model.estimate(without, minimalFlask());
		assertThat(e.status()).isEqualTo(Status.UNAVAILABLE);
		assertThat(e.blockers()).singleElement().asString().contains("No billing rules");
	}

	@Test
	void distancesMatchKnownCityPairs() {
		// London-New York is about 5,570 km; Sydney-Singapore about 6,300 km
		assertThat(Geo.distanceKm(51.51, -0.13, 40.71, -74.01)).isBetween(5540.0, 5600.0);
		assertThat(Geo.distanceKm(-33.87, 151.21, 1.35, 103.82)).isBetween(6250.0, 6350.0);
	}

}
