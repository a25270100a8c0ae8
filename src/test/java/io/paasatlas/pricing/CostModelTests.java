package io.paasatlas.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.paasatlas.catalog.CpuKind;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.pricing.Estimate.LineItem;
import io.paasatlas.pricing.Estimate.Note;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the cost model applies each kind of billing rule: constraints that block or switch an offer (with the fact
 * behind them), allowances, regional prices, metered use and how sure each total is. On the fixture copies of the
 * billing data; {@link GoldenTotalsTests} holds the totals.
 */
class CostModelTests {

	static Map<String, ProviderProfile> fixtures;

	final CostModel model = new CostModel();

	@BeforeAll
	static void read() {
		fixtures = Workloads.fixtures();
	}

	Estimate estimate(String slug, Workload workload) {
		return this.model.estimate(fixtures.get(slug), workload);
	}

	// --- constraints: blocked, or switched with the reason and its source ------------------------------------------

	@Test
	void aVolumeOnHerokuCannotRunAndSaysWhyWithItsSource() {
		Estimate e = estimate("heroku", Workloads.minimal());
		assertThat(e.confidence()).isEqualTo(Confidence.CANNOT_RUN);
		assertThat(e.total()).isNull();
		assertThat(e.blockers()).singleElement().satisfies((b) -> {
			assertThat(b.text()).contains("no persistent volumes").contains("ephemeral");
			assertThat(b.fact()).isNotNull();
			assertThat(b.fact().source()).isEqualTo("heroku-ephemeral-filesystem");
		});
	}

	@Test
	void twoDynosOfOneProcessTypeSwitchFromBasicToStandard1xCitingTheScalingRule() {
		Estimate e = estimate("heroku", Workloads.twoInUsEast());
		assertThat(e.lines()).first().satisfies((l) -> assertThat(l.what()).isEqualTo("web: 2 × Standard-1X in us"));
		assertThat(e.decisions()).extracting(Note::text)
			.contains("Standard-1X, not Basic ($7.00 a month): Basic runs at most 1 per service (process type).");
		assertThat(e.decisions()).filteredOn((d) -> d.text().contains("not Basic"))
			.singleElement().satisfies((d) -> assertThat(d.fact().source()).isEqualTo("heroku-scaling"));
	}

	@Test
	void theGrowthOfAServiceSwitchesPlansWhereTheProviderWould() {
		// one dyno: Basic at $7; from two on, Standard-1X at $25 each
		assertThat(estimate("heroku", Workloads.single(Area.US_EAST, 1, 512, "0", "0", false)).total())
			.isEqualByComparingTo("7.00");
		assertThat(estimate("heroku", Workloads.single(Area.US_EAST, 3, 512, "0", "0", false)).total())
			.isEqualByComparingTo("75.00");
	}

	@Test
	void aFreeInstanceThatSleepsIsUsedOnlyWhenFreeTierLimitsAreAllowed() {
		Estimate always = estimate("render", Workloads.stateless(false));
		assertThat(always.lines()).first().satisfies((l) -> assertThat(l.what()).contains("Starter"));
		assertThat(always.decisions()).extracting(Note::text)
			.containsExactly("Starter, not Free ($0.00 a month): Free sleeps after 15 minutes without traffic (allow "
					+ "free-tier limits to use it).");
		Estimate sleeping = estimate("render", Workloads.stateless(true));
		assertThat(sleeping.lines()).first().satisfies((l) -> {
			assertThat(l.what()).isEqualTo("Free hours pool (750 h for the account)");
			assertThat(l.included()).isEqualTo("730 of its 750 hours");
		});
		assertThat(sleeping.warnings()).anyMatch((w) -> w.contains("sleep after 15 minutes"));
	}

	@Test
	void aFreeAccountThatMustBeRenewedCountsAsAFreeTierLimit() {
		assertThat(estimate("pythonanywhere", Workloads.stateless(false)).lines()).first()
			.satisfies((l) -> assertThat(l.what()).contains("Hacker plan"));
		Estimate free = estimate("pythonanywhere", Workloads.stateless(true));
		assertThat(free.lines()).first().satisfies((l) -> assertThat(l.what()).contains("Free account"));
		assertThat(free.warnings()).anyMatch((w) -> w.contains("renew it every 30 days"));
	}

	@Test
	void volumesThatForbidReplicasRunEachInstanceAsAServiceOfItsOwn() {
		Estimate e = estimate("railway", Workloads.global());
		assertThat(e.decisions()).extracting(Note::text).first().asString()
			.contains("each of the 3 instances runs as a service of its own").contains("replicas cannot be used with volumes");
		assertThat(e.decisions()).first().satisfies((d) -> assertThat(d.fact().source()).isEqualTo("railway-volumes"));
	}

	@Test
	void planLimitsCountEveryReplicaOfAService() {
		// 7 replicas of one service: Hobby allows 6 per service, so Pro
		Estimate e = estimate("railway", Workloads.single(Area.US_EAST, 7, 512, "0", "0", false));
		assertThat(e.lines()).extracting(LineItem::what).contains("Pro plan fee");
		assertThat(e.decisions()).extracting(Note::text)
			.contains("The Pro plan, not Hobby: the Hobby plan allows 6 replicas per service, and the service has 7.");
	}

	@Test
	void aPlanWithoutOverageIsUsedOnlyWhenItsCreditCoversTheUsage() {
		// 0.1 GB-month of memory, no CPU: $1.00 of usage, all of the Free plan's credit
		Workload tiny = new Workload(List.of(Workloads.web(1, 256, List.of(Area.US_EAST), BigDecimal.ZERO)
			.withHours("288")), BigDecimal.ZERO, Map.of(), 0, null, false);
		assertThat(estimate("railway", tiny).lines()).extracting(LineItem::what).contains("Free plan fee");
		assertThat(estimate("railway", Workloads.stateless()).decisions()).extracting(Note::text).anyMatch(
				(d) -> d.startsWith("The Hobby plan, not Free: the Free plan includes $1.00 of usage and sells no more"));
	}

	@Test
	void aSharedCpuMustSustainTheAverageUse() {
		// half a vCPU on average is eight times a shared vCPU's 6.25 % baseline: only a performance CPU sustains it
		Workload busy = new Workload(List.of(new Workload.Service("web", 1, null, BigDecimal.ONE, 2048,
				List.of(Area.US_EAST), Workloads.ALWAYS_ON, new BigDecimal("50"))), BigDecimal.ZERO, Map.of(), 0, null,
				false);
		Estimate e = estimate("fly-io", busy);
		assertThat(e.lines()).first().satisfies((l) -> assertThat(l.what()).contains("performance-1x"));
		assertThat(e.decisions()).extracting(Note::text).singleElement().asString()
			.startsWith("performance-1x, not shared-cpu-1x (256 MB) ($1.94 a month), ")
			.contains("shared-cpu-1x (2 GB) ($10.70 a month): each of them sustains 0.0625 vCPU (a 6.25 % baseline");
	}

	@Test
	void aPerformanceCpuServesASharedNeedButNotTheOtherWayRound() {
		// a performance vCPU is a whole core all the time: it does all a shared one does
		Workload dedicated = new Workload(List.of(new Workload.Service("web", 1, CpuKind.PERFORMANCE, BigDecimal.ONE,
				2048, List.of(Area.US_EAST), Workloads.ALWAYS_ON, Workloads.TYPICAL)), BigDecimal.ZERO, Map.of(), 0,
				null, false);
		assertThat(estimate("fly-io", dedicated).lines()).first()
			.satisfies((l) -> assertThat(l.what()).contains("performance-1x"));
		Workload shared = new Workload(List.of(new Workload.Service("web", 1, CpuKind.SHARED, BigDecimal.ONE, 2048,
				List.of(Area.US_EAST), Workloads.ALWAYS_ON, new BigDecimal("50"))), BigDecimal.ZERO, Map.of(), 0, null,
				false);
		assertThat(estimate("fly-io", shared).lines()).first()
			.satisfies((l) -> assertThat(l.what()).contains("performance-1x"));
	}

	// --- allowances -------------------------------------------------------------------------------------------------

	@Test
	void egressWithinTheWorkspaceAllowanceCostsNothingAndSaysWhatWasIncluded() {
		LineItem egress = egress(estimate("render", Workloads.stateless()));
		assertThat(egress.monthly()).isEqualByComparingTo("0.00");
		assertThat(egress.included()).isEqualTo("25 of the 100 GB included (100 GB per workspace)");
		assertThat(egress.allowance()).isNotNull();
		assertThat(egress.unverified()).as("the allowance is a third party's word").isTrue();
	}

	@Test
	void egressBeyondTheAllowanceIsBoughtInWholeBlocks() {
		// 250 GB - 100 GB included = 150 GB: two blocks of 100 GB at $15
		LineItem egress = egress(estimate("render", Workloads.global()));
		assertThat(egress.quantity()).isEqualByComparingTo("2");
		assertThat(egress.unit()).isEqualTo("block of 100 GB");
		assertThat(egress.monthly()).isEqualByComparingTo("30.00");
	}

	@Test
	void aPlanFeeIncludesUsageOfEveryKind() {
		// Railway's Hobby credit covers CPU, memory, volume and egress alike
		Estimate e = estimate("railway", Workloads.minimal());
		LineItem credit = e.lines().get(e.lines().size() - 1);
		assertThat(credit.what()).isEqualTo("Usage included in the Hobby plan");
		assertThat(credit.monthly()).isEqualByComparingTo("-5.00");
		assertThat(credit.included()).isEqualTo("$5.00 of the $5.00 of usage the plan includes");
	}

	// --- regional prices --------------------------------------------------------------------------------------------

	@Test
	void aRegionsOwnPriceIsExactAndARegionWithoutOneIsApproximateSayingWhy() {
		Estimate sjc = estimate("fly-io", Workloads.small256InUsWest());
		assertThat(sjc.confidence()).isEqualTo(Confidence.EXACT);
		assertThat(sjc.lines()).first().satisfies((l) -> {
			assertThat(l.what()).isEqualTo("web: 1 × shared-cpu-1x (256 MB) in sjc");
			assertThat(l.unitPrice()).isEqualByComparingTo("2.32");
		});
		Estimate sin = estimate("fly-io", Workloads.single(Area.ASIA_SOUTHEAST, 1, 256, "0", "0", false));
		assertThat(sin.confidence()).isEqualTo(Confidence.APPROXIMATE);
		assertThat(sin.reasons()).anyMatch((r) -> r.contains("no price of shared-cpu-1x (256 MB) in sin")
				&& r.contains("the price published without a region is used"));
	}

	@Test
	void aSizeWithoutARegionalPriceIsMarkedUpLikeTheSizesPricedThere() {
		// sjc's prices are 2.32 / 1.94 = 1.195876 and 6.79 / 5.70 = 1.191228 of the listed ones: a mean of 1.194
		Estimate e = estimate("fly-io", Workloads.single(Area.US_WEST, 1, 512, "0", "0", false));
		assertThat(e.lines()).first().satisfies((l) -> {
			assertThat(l.what()).isEqualTo("web: 1 × shared-cpu-1x (512 MB) in sjc");
			assertThat(l.unitPrice()).isEqualByComparingTo("3.80886"); // 3.19 x 1.194
			assertThat(l.approximate()).isTrue();
		});
		assertThat(e.reasons()).anyMatch((r) -> r.contains("sjc (×1.194)"));
	}

	// --- how sure a total is ----------------------------------------------------------------------------------------

	@Test
	void memoryBilledByUseMakesTheTotalAnUpperBoundWithTheFullCpuCeilingBeside() {
		Estimate e = estimate("railway", Workloads.stateless());
		assertThat(e.confidence()).isEqualTo(Confidence.UPPER_BOUND);
		assertThat(e.reasons()).anyMatch((r) -> r.contains("the most it can cost"));
		assertThat(e.lines()).filteredOn(LineItem::upperBound).singleElement()
			.satisfies((l) -> assertThat(l.what()).contains("memory"));
		assertThat(e.ceiling()).isGreaterThan(e.total());
	}

	@Test
	void aFreeAllowanceTheModelCannotDeductMakesTheTotalAnUpperBound() {
		// Railway's rates billed by allocation, with and without a free allowance of unknown amounts
		ProviderProfile railway = fixtures.get("railway");
		io.paasatlas.catalog.Billing b = railway.billing();
		io.paasatlas.catalog.Billing.Resources r = b.resources();
		io.paasatlas.catalog.Billing.FreeUsage free = new io.paasatlas.catalog.Billing.FreeUsage(
				io.paasatlas.catalog.Billing.Scope.ACCOUNT, null, null, null);
		Estimate without = this.model.estimate(withBilling(railway, withResources(b, new io.paasatlas.catalog.Billing.Resources(
				r.vcpuMonth(), r.memoryGbMonth(), null, null, null, r.note(), r.source(), r.asOf()))), Workloads.stateless());
		Estimate with = this.model.estimate(withBilling(railway, withResources(b, new io.paasatlas.catalog.Billing.Resources(
				r.vcpuMonth(), r.memoryGbMonth(), null, null, free, r.note(), r.source(), r.asOf()))), Workloads.stateless());
		assertThat(without.confidence()).isEqualTo(Confidence.EXACT);
		assertThat(with.confidence()).isEqualTo(Confidence.UPPER_BOUND);
		assertThat(with.total()).isEqualByComparingTo(without.total());
		assertThat(with.lines()).filteredOn(LineItem::upperBound).extracting(LineItem::what)
			.allMatch((w) -> w.contains("CPU") || w.contains("memory")).hasSize(2);
		assertThat(with.reasons()).anyMatch((reason) -> reason.contains("free allowance of CPU and memory (per account)")
				&& reason.contains("the most it can cost"));
	}

	@Test
	void cloudRunsUndeductedFreeTierAndItsThirdPartyMemoryRateMakeItsTotalApproximate() {
		// an upper bound (the free tier) with an unverified price (the memory rate) is approximate, as Confidence.and
		Estimate e = this.model.estimate(Workloads.data().get("google-cloud-run"), Workloads.stateless());
		assertThat(e.confidence()).isEqualTo(Confidence.APPROXIMATE);
		assertThat(e.lines()).filteredOn(LineItem::upperBound).hasSize(2);
		assertThat(e.reasons()).anyMatch((reason) -> reason.contains("Google Cloud Run's monthly free allowance"));
	}

	@Test
	void anUnknownPriceMakesTheTotalALowerBoundNamingTheLine() {
		Estimate e = estimate("heroku", Workloads.stateless());
		assertThat(e.confidence()).isEqualTo(Confidence.LOWER_BOUND);
		assertThat(e.lowerBound()).isTrue();
		assertThat(e.reasons()).first().asString().contains("Egress, All regions").contains("lower bound");
	}

	@Test
	void aComputePriceThatIsUnknownIsSaidApartFromOtherUnknownLines() {
		// only Fly.io's performance-8x holds 64 GB, and it has no price in the fixtures; its egress has one
		Estimate large = estimate("fly-io", Workloads.single(Area.US_EAST, 1, 65536, "0", "25", false));
		assertThat(large.lowerBound()).isTrue();
		assertThat(large.computePriced()).isFalse();
		Estimate small = estimate("heroku", Workloads.stateless());
		assertThat(small.lowerBound()).isTrue();
		assertThat(small.computePriced()).isTrue();
		assertThat(estimate("heroku", Workloads.minimal()).computePriced()).as("cannot run").isFalse();
	}

	@Test
	void aStoppedInstancesRootfsIsChargedForTheHoursItDoesNotRunOrIsUnknownWithoutAnImageSize() {
		Workload.Service web = Workloads.web(1, 256, List.of(Area.US_EAST), Workloads.TYPICAL).withHours("365");
		Estimate unknownImage = estimate("fly-io", new Workload(List.of(web), BigDecimal.ZERO, Map.of(), 0, null, false));
		assertThat(unknownImage.confidence()).isEqualTo(Confidence.LOWER_BOUND);
		assertThat(unknownImage.reasons()).first().asString().contains("root filesystem").contains("image size not given");
		// 2 GB x 365 stopped hours / 720 = 1.013889 GB-periods x $0.15 = $0.15
		Estimate known = estimate("fly-io", new Workload(List.of(web.withImageGb(new BigDecimal("2"))), BigDecimal.ZERO,
				Map.of(), 0, null, false));
		assertThat(known.lines()).filteredOn((l) -> l.what().contains("root filesystem")).singleElement()
			.satisfies((l) -> assertThat(l.monthly()).isEqualByComparingTo("0.15"));
		assertThat(estimate("fly-io", Workloads.minimal()).lines()).as("always on: never stopped")
			.noneMatch((l) -> l.what().contains("root filesystem"));
		assertThat(estimate("heroku", new Workload(List.of(web), BigDecimal.ZERO, Map.of(), 0, null, false)).lines())
			.as("a provider that bills nothing for stopped dynos").noneMatch((l) -> l.what().contains("root filesystem"));
	}

	@Test
	void exactPricesGiveAnExactTotalWithNoReasons() {
		Estimate e = estimate("heroku", Workloads.small256InUsWest());
		assertThat(e.confidence()).isEqualTo(Confidence.EXACT);
		assertThat(e.reasons()).isEmpty();
		assertThat(e.ceiling()).isNull();
	}

	@Test
	void aProviderWithoutBillingRulesCannotBeEstimated() {
		ProviderProfile fly = fixtures.get("fly-io");
		Estimate e = this.model.estimate(withBilling(fly, null), Workloads.minimal());
		assertThat(e.confidence()).isEqualTo(Confidence.CANNOT_RUN);
		assertThat(e.blockers()).singleElement().satisfies((b) -> assertThat(b.text()).contains("No billing rules"));
	}

	@Test
	void aProviderPricedInEurosIsEstimatedInEurosNeverConverted() {
		ProviderProfile heroku = fixtures.get("heroku");
		io.paasatlas.catalog.Billing b = heroku.billing();
		io.paasatlas.catalog.Billing euros = new io.paasatlas.catalog.Billing(io.paasatlas.catalog.Currency.EUR,
				b.granularity(), b.priceHours(), b.cappedAtMonthly(), b.regions(), b.regionalPrices(), b.instances(),
				b.extraMemoryGbMonth(), b.resources(), b.subscriptions(), b.storageGbMonth(), b.stoppedRootfsGbMonth(), b.volumes(), b.egress(),
				b.dedicatedIpv4Month(), b.postgres(), b.closed(), b.notes(), b.source(), b.asOf());
		Estimate e = this.model.estimate(withBilling(heroku, euros), Workloads.small256InUsWest());
		assertThat(e.currency()).isEqualTo(io.paasatlas.catalog.Currency.EUR);
		assertThat(e.total()).isEqualByComparingTo("7.00");
		assertThat(e.money(e.total())).isEqualTo("€7.00");
		assertThat(e.reasons()).anyMatch((r) -> r.contains("not converted"));
	}

	@Test
	void aProviderClosedToNewCustomersCannotRunAnything() {
		ProviderProfile heroku = fixtures.get("heroku");
		io.paasatlas.catalog.Billing b = heroku.billing();
		io.paasatlas.catalog.Billing closed = new io.paasatlas.catalog.Billing(b.currency(), b.granularity(),
				b.priceHours(), b.cappedAtMonthly(), b.regions(), b.regionalPrices(), b.instances(),
				b.extraMemoryGbMonth(), b.resources(), b.subscriptions(), b.storageGbMonth(), b.stoppedRootfsGbMonth(), b.volumes(), b.egress(),
				b.dedicatedIpv4Month(), b.postgres(), new io.paasatlas.catalog.Billing.Closed(
						io.paasatlas.catalog.AsOf.parse("2026-04-30"), null, "seed", null),
				b.notes(), b.source(), b.asOf());
		Estimate e = this.model.estimate(withBilling(heroku, closed), Workloads.stateless());
		assertThat(e.confidence()).isEqualTo(Confidence.CANNOT_RUN);
		assertThat(e.blockers()).singleElement()
			.satisfies((n) -> assertThat(n.text()).isEqualTo("Heroku takes no new customers since 2026-04-30."));
	}

	private static io.paasatlas.catalog.Billing withResources(io.paasatlas.catalog.Billing b,
			io.paasatlas.catalog.Billing.Resources resources) {
		return new io.paasatlas.catalog.Billing(b.currency(), b.granularity(), b.priceHours(), b.cappedAtMonthly(),
				b.regions(), b.regionalPrices(), b.instances(), b.extraMemoryGbMonth(), resources, b.subscriptions(),
				b.storageGbMonth(), b.stoppedRootfsGbMonth(), b.volumes(), b.egress(), b.dedicatedIpv4Month(), b.postgres(),
				b.closed(), b.notes(), b.source(), b.asOf());
	}

	private static ProviderProfile withBilling(ProviderProfile p, io.paasatlas.catalog.@org.jspecify.annotations.Nullable Billing billing) {
		return new ProviderProfile(p.slug(), p.name(), p.website(), p.lastVerified(), p.sources(), p.identity(),
				p.pricing(), p.deployment(), p.features(), p.python(), p.regions(), p.pros(), p.cons(), p.idealFor(),
				p.notIdealFor(), p.comparisons(), p.verdict(), p.corrections(), billing);
	}

	@Test
	void distancesMatchKnownCityPairs() {
		// London-New York is about 5,570 km; Sydney-Singapore about 6,300 km
		assertThat(Geo.distanceKm(51.51, -0.13, 40.71, -74.01)).isBetween(5540.0, 5600.0);
		assertThat(Geo.distanceKm(-33.87, 151.21, 1.35, 103.82)).isBetween(6250.0, 6350.0);
	}

	private static LineItem egress(Estimate estimate) {
		return estimate.lines().stream().filter((l) -> l.what().startsWith("Egress")).findFirst().orElseThrow();
	}

}
