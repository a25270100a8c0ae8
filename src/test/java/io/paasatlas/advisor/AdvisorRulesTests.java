package io.paasatlas.advisor;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.paasatlas.catalog.CatalogFixtures;
import io.paasatlas.catalog.CatalogReport;
import io.paasatlas.catalog.Citation;
import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.Currency;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.Recommendation;
import io.paasatlas.pricing.Area;
import io.paasatlas.pricing.Confidence;
import io.paasatlas.pricing.CostModel;
import io.paasatlas.pricing.Estimate;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor's rules on the real catalog ({@code data/providers}): the seed's QRCards verdict for Fly.io, each
 * rule on its own, and the verdict's counting.
 */
class AdvisorRulesTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private static final Citation SOURCE = new Citation("test", null, null, false, false);

	private static final Map<String, ProviderProfile> PROFILES = read();

	private static Map<String, ProviderProfile> read() {
		CatalogReport report = CatalogFixtures.dataReader().read(Path.of("data/providers"));
		assertThat(report.valid()).as(report.describe()).isTrue();
		return report.profiles().stream().collect(Collectors.toMap(ProviderProfile::slug, Function.identity()));
	}

	private static List<Advice> advise(Needs needs) {
		return Advisor.advise(List.copyOf(PROFILES.values()), needs, Period.ofMonths(12), TODAY);
	}

	private static Advice of(List<Advice> advice, String slug) {
		return advice.stream().filter((a) -> a.slug().equals(slug)).findFirst().orElseThrow();
	}

	private static Needs qrcards() {
		AdvisorForm form = new AdvisorForm("qrcards", null, null, null, null, null, null, null, null, null, null, null);
		assertThat(VALIDATOR.validate(form)).isEmpty();
		return form.toNeeds();
	}

	private static Needs needs(List<Area> areas, boolean dockerFamiliar) {
		return new Needs(areas, 1, 512, new BigDecimal("100"), dockerFamiliar, false, false, false, false, false,
				false, null);
	}

	@Test
	void qrcardsPresetDescribesTheSeedsProject() {
		Needs needs = qrcards();
		assertThat(needs.areas()).containsExactly(Area.US_EAST);
		assertThat(needs.instances()).isEqualTo(1);
		assertThat(needs.memoryMb()).isEqualTo(512);
		assertThat(needs.budgetUsd()).isEqualByComparingTo("10");
		assertThat(needs.dockerFamiliar()).isFalse();
		assertThat(needs.allowSleep()).as("the seed counts free tiers as the budget choice").isTrue();
		assertThat(needs.project()).isEqualTo("QRCards");
	}

	@Test
	void qrcardsPresetGivesTheSeedsVerdictForFlyWithItsThreeReasons() {
		Advice fly = of(advise(qrcards()), "fly-io");

		assertThat(fly.verdict()).isEqualTo(Recommendation.NOT_RECOMMENDED);
		assertThat(fly.reasons()).filteredOn((r) -> r.effect() == Reason.Effect.AGAINST)
			.extracting(Reason::rule)
			.containsExactly("global-reach-unused", "costlier-than-single-region-alternatives", "docker-friction");
		Reason global = reason(fly, "global-reach-unused");
		assertThat(global.text()).contains("one area").contains("18 regions are more reach than the project uses");
		assertThat(global.fact()).startsWith("18 current regions");
		assertThat(global.link()).isEqualTo("/providers/fly-io#regions");
		assertThat(global.citation().known()).isTrue();
		assertThat(global.citation().asOf()).isNotNull();
		Reason cost = reason(fly, "costlier-than-single-region-alternatives");
		assertThat(cost.text()).matches("Estimated about \\$3\\.73 a month, \\$3\\.73 more than [A-Za-z.]+ \\((about )?\\$0\\.00\\) .*");
		assertThat(cost.fact()).isEqualTo("Billing rules priced by the cost model");
		assertThat(cost.link()).startsWith("/estimate?providers=fly-io");
		Reason docker = reason(fly, "docker-friction");
		assertThat(docker.text()).contains("not familiar with Docker").contains("its tool writes the first one");
		assertThat(docker.fact()).startsWith("Dockerfile: generated");
		assertThat(docker.link()).isEqualTo("/providers/fly-io#deployment");
		// the published verdict is shown and agrees, but weighs nothing
		Reason published = reason(fly, "published-verdict");
		assertThat(published.effect()).isEqualTo(Reason.Effect.NOTE);
		assertThat(published.fact()).contains("not-recommended");
		assertThat(fly.verdict().key()).isEqualTo("not-recommended");
	}

	@Test
	void qrcardsPresetReproducesTheSeedForAllFive() {
		List<Advice> advice = advise(qrcards());
		// the seed: Fly.io not recommended; Railway, Render and PythonAnywhere the cheaper choice for a budget
		// single-region project
		assertThat(of(advice, "fly-io").verdict()).isEqualTo(Recommendation.NOT_RECOMMENDED);
		for (String slug : List.of("railway", "render", "pythonanywhere")) {
			assertThat(of(advice, slug).verdict()).as(slug + ": " + of(advice, slug).rules())
				.isIn(Recommendation.RECOMMENDED, Recommendation.POSSIBLE);
		}
	}

	@Test
	void rewordingProseChangesNoVerdict() {
		// every pro, con, use case and comparison reworded: the rules read typed facts only
		List<ProviderProfile> reworded = PROFILES.values().stream().map(AdvisorRulesTests::reworded).toList();
		List<Advice> before = advise(qrcards());
		List<Advice> after = Advisor.advise(reworded, qrcards(), Period.ofMonths(12), TODAY);
		for (Advice a : before) {
			Advice b = of(after, a.slug());
			assertThat(b.verdict()).as(a.slug()).isEqualTo(a.verdict());
			assertThat(b.rules()).as(a.slug()).isEqualTo(a.rules());
		}
	}

	private static ProviderProfile reworded(ProviderProfile p) {
		java.util.function.UnaryOperator<List<ProviderProfile.Point>> words = (points) -> points.stream()
			.map((x) -> new ProviderProfile.Point("Reworded: budget, docker, single-region, more expensive", null,
					null, x.source(), x.asOf()))
			.toList();
		return new ProviderProfile(p.slug(), p.name(), p.website(), p.lastVerified(), p.sources(), p.identity(),
				p.pricing(), p.deployment(), p.features(), p.python(), p.regions(), words.apply(p.pros()),
				words.apply(p.cons()), words.apply(p.idealFor()), words.apply(p.notIdealFor()), List.of(), p.verdict(),
				p.corrections(), p.billing());
	}

	@Test
	void everyProviderGetsAVerdictAReasonWithASourceAndACost() {
		List<Advice> advice = advise(qrcards());
		assertThat(advice).extracting(Advice::slug).containsExactlyInAnyOrderElementsOf(PROFILES.keySet());
		assertThat(advice).allSatisfy((a) -> {
			assertThat(a.reasons()).isNotEmpty();
			assertThat(a.reasons()).allSatisfy((r) -> {
				assertThat(r.link()).startsWith("/");
				assertThat(r.citation()).isNotNull();
			});
			assertThat(a.reasons()).anyMatch((r) -> r.rule().equals("within-budget") || r.rule().equals("runs-the-workload"));
		});
		assertThat(advice).isSortedAccordingTo(Advice.BEST_FIRST);
	}

	@Test
	void globalReachIsAReasonForAProjectWithUsersOnThreeContinents() {
		Needs global = needs(List.of(Area.US_EAST, Area.EU_WEST, Area.ASIA_SOUTHEAST), true);
		Advice fly = of(advise(global), "fly-io");
		assertThat(fly.rules()).doesNotContain("global-reach-unused", "costlier-than-single-region-alternatives");
		assertThat(reason(fly, "regions-for-every-area").effect()).isEqualTo(Reason.Effect.FOR);
	}

	@Test
	void dockerIsNoFrictionForATeamAtEaseWithIt() {
		Advice fly = of(advise(needs(List.of(Area.US_EAST), true)), "fly-io");
		assertThat(fly.rules()).doesNotContain("docker-friction");
	}

	@Test
	void aTeamWithoutDockerIsToldWhoDeploysWithoutIt() {
		Advice heroku = of(advise(needs(List.of(Area.US_EAST), false)), "heroku");
		assertThat(heroku.rules()).doesNotContain("docker-friction");
		Reason without = reason(heroku, "deploys-without-docker");
		assertThat(without.effect()).isEqualTo(Reason.Effect.FOR);
		assertThat(without.fact()).startsWith("Dockerfile: not-needed");
		assertThat(without.link()).isEqualTo("/providers/heroku#deployment");
	}

	@Test
	void overBudgetIsABlocker() {
		Needs needs = new Needs(List.of(Area.US_EAST), 1, 512, new BigDecimal("1"), true, false, false, false, false,
				false, false, null);
		List<Advice> advice = advise(needs);
		assertThat(advice).filteredOn((a) -> a.estimate().total() != null && a.estimate().currency() == Currency.USD
				&& a.estimate().total().compareTo(BigDecimal.ONE) > 0)
			.isNotEmpty()
			.allSatisfy((a) -> {
				assertThat(a.verdict()).isEqualTo(Recommendation.NOT_RECOMMENDED);
				assertThat(reason(a, "within-budget").effect()).isEqualTo(Reason.Effect.BLOCKER);
			});
		Reason budget = reason(of(advice, "render"), "within-budget");
		assertThat(budget.effect()).isEqualTo(Reason.Effect.BLOCKER);
		assertThat(budget.text()).contains("over the $1.00 budget");
		assertThat(budget.link()).startsWith("/estimate?providers=render&regions=us-east");
	}

	@Test
	void aNeededFeatureCitesTheProfilesFeature() {
		Needs needs = new Needs(List.of(Area.US_EAST), 1, 512, new BigDecimal("100"), true, false, true, false, false,
				false, false, null);
		Reason workers = reason(of(advise(needs), "fly-io"), "feature-background-workers");
		assertThat(workers.effect()).isEqualTo(Reason.Effect.FOR);
		assertThat(workers.fact()).startsWith("Feature background-workers: yes");
		assertThat(workers.link()).isEqualTo("/providers/fly-io#features");
	}

	@Test
	void noFreeTierIsABlockerForAProjectThatNeedsOne() {
		Needs needs = new Needs(List.of(Area.US_EAST), 1, 512, new BigDecimal("100"), true, false, false, false, false,
				true, true, null);
		List<Advice> advice = advise(needs);
		assertThat(reason(of(advice, "fly-io"), "free-tier").effect()).isEqualTo(Reason.Effect.BLOCKER);
		assertThat(reason(of(advice, "render"), "free-tier").effect()).isEqualTo(Reason.Effect.FOR);
	}

	@Test
	void costlierRuleFiresOnComputedCostAlone() {
		ProviderProfile render = PROFILES.get("render");
		Needs needs = new Needs(List.of(Area.US_EAST), 1, 512, new BigDecimal("10"), true, false, false, false, false,
				false, false, null);
		CostModel model = new CostModel();
		Estimate own = model.estimate(render, needs.workload());
		Estimate cheap = estimate("Cheap", "1.00", Confidence.EXACT);
		Rules.Subject subject = new Rules.Subject(render, new Citations(render, Period.ofMonths(12), TODAY), own,
				needs, cheap);
		Reason reason = Rules.costlierThanSingleRegionAlternatives(subject).orElseThrow();
		assertThat(reason.effect()).isEqualTo(Reason.Effect.AGAINST);
		assertThat(reason.text()).contains("more, 7× than Cheap ($1.00)");
	}

	@Test
	void aLowerBoundCannotShowThatAnotherProviderCostsMore() {
		Estimate lower = estimate("Lower", "0.00", Confidence.LOWER_BOUND);
		Estimate exact = estimate("Exact", "2.00", Confidence.EXACT);
		assertThat(Rules.cheapestOther(List.of(lower, exact), estimate("X", "9.00", Confidence.EXACT))).isSameAs(exact);
	}

	private static Estimate estimate(String name, String total, Confidence confidence) {
		return new Estimate(name.toLowerCase(java.util.Locale.ROOT), name, Currency.USD, new BigDecimal(total), confidence, List.of(),
				null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	@Test
	void verdictCountsReasons() {
		Estimate estimate = estimate("X", "1", Confidence.EXACT);
		Reason against = new Reason("a", Reason.Effect.AGAINST, "", "", "/", SOURCE);
		Reason blocker = new Reason("b", Reason.Effect.BLOCKER, "", "", "/", SOURCE);
		Reason note = new Reason("n", Reason.Effect.NOTE, "", "", "/", SOURCE);
		assertThat(new Advice("x", "X", List.of(note), estimate, null).verdict()).isEqualTo(Recommendation.RECOMMENDED);
		assertThat(new Advice("x", "X", List.of(against), estimate, null).verdict()).isEqualTo(Recommendation.POSSIBLE);
		assertThat(new Advice("x", "X", List.of(against, against), estimate, null).verdict())
			.isEqualTo(Recommendation.NOT_RECOMMENDED);
		assertThat(new Advice("x", "X", List.of(blocker), estimate, null).verdict())
			.isEqualTo(Recommendation.NOT_RECOMMENDED);
	}

	@Test
	void memoryAndInstancesHaveTheEstimateFormsLimits() {
		assertThat(VALIDATOR.validate(new AdvisorForm(null, null, "1000", "1048576", null, null, null, null, null, null,
				null, null))).isEmpty();
		assertThat(VALIDATOR.validate(new AdvisorForm(null, null, "1001", "1048577", null, null, null, null, null, null,
				null, null))).extracting((v) -> v.getPropertyPath().toString())
			.containsExactlyInAnyOrder("instances", "memoryMb");
	}

	@Test
	void rejectsEachBadField() {
		AdvisorForm form = new AdvisorForm("nope", "us-east,mars", "0", "12", "-3", "maybe", "yes", null, null, null,
				null, null);
		List<String> fields = VALIDATOR.validate(form).stream().map((v) -> v.getPropertyPath().toString())
			.sorted(Comparator.comparingInt(AdvisorForm.FIELDS::indexOf))
			.toList();
		assertThat(fields).containsExactly("preset", "regions", "instances", "memoryMb", "budget", "docker", "postgres");
	}

	private static Reason reason(Advice advice, String rule) {
		return advice.reasons().stream().filter((r) -> r.rule().equals(rule)).findFirst()
			.orElseThrow(() -> new AssertionError(advice.slug() + " has no reason " + rule + ": " + advice.rules()));
	}

}
