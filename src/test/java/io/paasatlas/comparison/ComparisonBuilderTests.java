package io.paasatlas.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

import io.paasatlas.catalog.FeatureKey;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.comparison.ComparisonTable.Best;
import io.paasatlas.comparison.ComparisonTable.Cell;
import io.paasatlas.comparison.ComparisonTable.Row;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

import static io.paasatlas.comparison.Profiles.minimal;
import static io.paasatlas.comparison.Profiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

/** The rows of the comparison: values and citations read right, differences and best values marked right. */
class ComparisonBuilderTests {

	private final ComparisonBuilder builder = new ComparisonBuilder(Period.ofMonths(12), LocalDate.of(2025, 9, 1));

	@Test
	void columnsKeepTheOrderGiven() {
		ComparisonTable table = build(minimal("render", "Render"), minimal("fly-io", "Fly.io"),
				minimal("heroku", "Heroku"));
		assertThat(table.columns()).extracting(ComparisonTable.Column::slug).containsExactly("render", "fly-io", "heroku");
		assertThat(table.names()).isEqualTo("Render, Fly.io, Heroku");
		assertThat(table.without("fly-io")).isEqualTo("render,heroku");
	}

	@Test
	void sectionsAndRowsAreThoseOfTheSpecification() {
		ComparisonTable table = build(minimal("a", "A"), minimal("b", "B"));
		assertThat(table.sections()).extracting(ComparisonTable.Section::id)
			.containsExactly("pricing", "regions", "deployment", "features", "languages", "assessment");
		assertThat(table.rows()).extracting(Row::id)
			.startsWith("pricing-model", "billing-granularity", "cheapest-always-on", "storage", "egress", "free-tier",
					"region-count", "continents", "reach-metros-100", "reach-population-100", "reach-worst",
					"deployment-methods", "cli", "first-deploy")
			.endsWith("python", "pros", "cons", "best-for", "verdict");
		assertThat(table.sections().get(3).rows()).extracting(Row::label)
			.containsExactlyElementsOf(Arrays.stream(FeatureKey.values()).map((k) -> "feature." + k.key()).toList());
		assertThat(table.rows()).allSatisfy((row) -> assertThat(row.cells()).hasSize(2));
	}

	@Test
	void cheapestAlwaysOnIsTheLowestPriceOfAnOfferThatDoesNotSleepFromAVerifiedSource() {
		ProviderProfile a = offers("a", "A", "{preset: Small, monthly_usd: 7}", "{preset: Tiny, monthly_usd: 5, memory_mb: 256, region: sjc}");
		ProviderProfile b = offers("b", "B", "{preset: Free, monthly_usd: 0, always_on: false}",
				"{preset: Blog, monthly_usd: 1, source: blog}", "{preset: Starter, monthly_usd: \"~8-9\"}");
		ProviderProfile c = offers("c", "C", "{preset: Custom, monthly_usd: unknown}");
		Row row = row(build(a, b, c), "cheapest-always-on");

		assertThat(row.cells()).extracting(Cell::figure)
			.containsExactly(new BigDecimal("5"), new BigDecimal("8"), null);
		assertThat(row.cells().get(0).headline().text()).isEqualTo("Tiny, 256 MB, sjc");
		assertThat(row.cells().get(0).headline().citation().title()).isEqualTo("A docs");
		assertThat(row.cells().get(2).unknown()).isTrue();
		assertThat(row.cells()).extracting(Cell::best).containsExactly(true, false, false);
		assertThat(row.best()).isEqualTo(Best.LOWEST);
		assertThat(row.differs()).isTrue();
	}

	@Test
	void everyLowestFigureIsBestOnATie() {
		Row row = row(build(offers("a", "A", "{preset: S, monthly_usd: 5}"), offers("b", "B", "{preset: S, monthly_usd: 7}"),
				offers("c", "C", "{preset: S, monthly_usd: 5.00}")), "cheapest-always-on");
		assertThat(row.cells()).extracting(Cell::best).containsExactly(true, false, true);
	}

	@Test
	void nothingIsBestWhenAllFiguresAreEqual() {
		Row row = row(build(offers("a", "A", "{preset: S, monthly_usd: 5}"), offers("b", "B", "{preset: M, monthly_usd: 5.0}")),
				"cheapest-always-on");
		assertThat(row.cells()).noneMatch(Cell::best);
		assertThat(row.hasBest()).isFalse();
		assertThat(row.differs()).as("the same price from different offers is the same value").isFalse();
	}

	@Test
	void nothingIsBestWithOnlyOneKnownFigure() {
		Row row = row(build(offers("a", "A", "{preset: S, monthly_usd: 5}"), minimal("b", "B")), "cheapest-always-on");
		assertThat(row.cells()).noneMatch(Cell::best);
		assertThat(row.differs()).as("a known value differs from an unknown one").isTrue();
	}

	@Test
	void mostRegionsAndContinentsAreBest() {
		ProviderProfile a = profile("a", "A", """
				regions:
				  list:
				    - {code: ams, city: Amsterdam, country: Netherlands, continent: europe}
				    - {code: iad, city: Ashburn, country: USA, continent: north-america}
				    - {code: sjc, city: San Jose, country: USA, continent: north-america}
				    - {code: old, city: Old, country: USA, continent: asia, status: removed}
				  source: docs""");
		ProviderProfile b = profile("b", "B", """
				regions:
				  list:
				    - {code: fra, city: Frankfurt, country: Germany, continent: europe}""");
		ComparisonTable table = build(a, b);

		Row count = row(table, "region-count");
		assertThat(count.cells()).extracting(Cell::figure).containsExactly(new BigDecimal(3), new BigDecimal(1));
		assertThat(count.cells()).extracting(Cell::best).containsExactly(true, false);
		assertThat(count.cells().get(0).headline().message()).isEqualTo("compare.regions.count");
		assertThat(count.cells().get(0).headline().args()).containsExactly(3);
		assertThat(count.best()).isEqualTo(Best.HIGHEST);

		Row continents = row(table, "continents");
		assertThat(continents.cells()).extracting(Cell::figure).containsExactly(new BigDecimal(2), new BigDecimal(1));
		assertThat(continents.cells().get(0).items()).extracting(ComparisonTable.Item::message)
			.as("removed regions do not count, continents in catalog order")
			.containsExactly("continent.europe", "continent.north-america");
		assertThat(continents.cells()).extracting(Cell::best).containsExactly(true, false);
	}

	@Test
	void regionCountIsDatedByTheStatedCountThatMatchesTheList() {
		ProviderProfile a = profile("a", "A", """
				regions:
				  counts:
				    - {count: 30, at_least: true, as_of: "2024"}
				    - {count: 1, source: docs, as_of: "2025-02-03"}
				  list:
				    - {code: ams, city: Amsterdam, country: Netherlands, continent: europe}""");
		Cell cell = row(build(a, minimal("b", "B")), "region-count").cells().get(0);
		assertThat(cell.headline().citation().asOf().text()).isEqualTo("2025-02-03");
	}

	@Test
	void regionCountFallsBackToTheNewestStatedCount() {
		ProviderProfile a = profile("a", "A", """
				regions:
				  counts:
				    - {count: 4, as_of: "2023", source: docs}
				    - {count: 30, at_least: true, as_of: "2025", source: docs}""");
		Row row = row(build(a, minimal("b", "B")), "region-count");
		Cell cell = row.cells().get(0);
		assertThat(cell.headline().message()).isEqualTo("compare.regions.atLeast");
		assertThat(cell.headline().args()).containsExactly(30);
		assertThat(cell.figure()).isEqualByComparingTo("30");
		assertThat(row.cells().get(1).unknown()).isTrue();
		assertThat(row(build(a, minimal("b", "B")), "continents").cells().get(0).unknown())
			.as("continents need the region list")
			.isTrue();
	}

	@Test
	void valuesMissingFromAProfileAreUnknown() {
		ComparisonTable table = build(minimal("a", "A"), profile("b", "B", """
				pricing:
				  model: unknown
				  billing_granularity: "unknown: not published"
				  free_tier: {status: unknown}"""));
		for (String id : List.of("cheapest-always-on", "storage", "egress", "region-count", "continents",
				"deployment-methods", "cli", "first-deploy", "python", "pros", "cons", "best-for")) {
			assertThat(row(table, id).cells()).as(id).allMatch(Cell::unknown);
			assertThat(row(table, id).differs()).as(id + ": two unknowns do not differ").isFalse();
		}
		assertThat(table.sections().get(3).rows()).allSatisfy((r) -> assertThat(r.cells()).allMatch(Cell::unknown));
		Row model = row(table, "pricing-model");
		assertThat(model.cells().get(0).headline().message()).isEqualTo("pricingModel.usage-based");
		assertThat(model.cells().get(1).unknown()).isTrue();
		assertThat(row(table, "free-tier").cells().get(1).unknown()).isTrue();
		assertThat(Cell.UNKNOWN.sameAs()).isEqualTo("unknown");
	}

	@Test
	void featuresAndLanguagesCompareBySupportLevelNotBySummary() {
		ProviderProfile a = features("a", "A", "yes", "Scales on load.");
		ProviderProfile b = features("b", "B", "yes", "Autoscaling on some tiers.");
		ProviderProfile c = features("c", "C", "partial", "Manual only.");
		assertThat(row(build(a, b), "feature-auto-scaling").differs()).isFalse();
		Row row = row(build(a, b, c), "feature-auto-scaling");
		assertThat(row.differs()).isTrue();
		assertThat(row.cells().get(2).headline().support()).isEqualTo("partial");
		assertThat(row.cells().get(2).headline().text()).isEqualTo("Manual only.");
		assertThat(row.cells().get(2).headline().citation().title()).isEqualTo("C docs");
		assertThat(row(build(a, b, c), "feature-cron-jobs").cells()).allMatch(Cell::unknown);
		assertThat(row(build(a, c), "python").differs()).isTrue();
	}

	@Test
	void proseRowsAreShownButNeverMarked() {
		ProviderProfile a = profile("a", "A", "pros: [{title: Fast, source: docs}]",
				"verdict: {summary: Good., best_for: [Global apps, APIs], source: docs}");
		ProviderProfile b = profile("b", "B", "pros: [{title: Cheap}]", "ideal_for: [{title: Hobby projects, source: docs}]");
		ComparisonTable table = build(a, b);
		Row pros = row(table, "pros");
		assertThat(pros.compared()).isFalse();
		assertThat(pros.differs()).isFalse();
		assertThat(pros.cells().get(0).items()).extracting(ComparisonTable.Item::text).containsExactly("Fast");
		assertThat(pros.cells().get(0).items().get(0).citation().title()).isEqualTo("A docs");
		Row bestFor = row(table, "best-for");
		assertThat(bestFor.cells().get(0).items()).extracting(ComparisonTable.Item::text).containsExactly("Global apps", "APIs");
		assertThat(bestFor.cells().get(0).citation().title()).isEqualTo("A docs");
		assertThat(bestFor.cells().get(1).items()).as("without a verdict's best-for, the ideal-for points")
			.extracting(ComparisonTable.Item::text)
			.containsExactly("Hobby projects");
		assertThat(row(table, "verdict").cells().get(0).headline().text()).isEqualTo("Good.");
	}

	@Test
	void chargesShowTheFirstListedChargeAtItsNewestPriceAndCountTheOthers() {
		ProviderProfile a = profile("a", "A", """
				pricing:
				  model: usage-based
				  billing_granularity: per second
				  free_tier: {status: none}
				  storage:
				    - {what: Volumes, price_usd: 0.20, unit: GB per month, as_of: "2024"}
				    - {what: Snapshots, price_usd: 0.05, unit: GB per month}
				    - {what: Volumes, price_usd: 0.15, unit: GB per month, as_of: "2025-03"}
				  egress:
				    - {what: Egress, group: "North America", price_usd: 0.02, unit: GB}
				  source: docs""");
		ProviderProfile b = profile("b", "B", """
				pricing:
				  model: fixed-plans
				  billing_granularity: per month
				  free_tier: {status: none}
				  storage:
				    - {what: Disks, price_usd: 0.25, unit: GB per month}
				  egress:
				    - {what: Bandwidth, price_usd: unknown, unit: GB}
				  source: docs""");
		ComparisonTable table = build(a, b);
		Row storage = row(table, "storage");
		Cell volumes = storage.cells().get(0);
		assertThat(volumes.figure()).isEqualByComparingTo("0.15");
		assertThat(volumes.headline().unit()).isEqualTo("GB per month");
		assertThat(volumes.headline().text()).isEqualTo("Volumes");
		assertThat(volumes.headline().citation().asOf().text()).isEqualTo("2025-03");
		assertThat(volumes.more()).as("the snapshots").isEqualTo(1);
		assertThat(storage.cells()).extracting(Cell::best).containsExactly(true, false);

		Row egress = row(table, "egress");
		assertThat(egress.cells().get(0).headline().text()).isEqualTo("Egress (North America)");
		assertThat(egress.cells().get(1).headline().price().known()).isFalse();
		assertThat(egress.cells().get(1).figure()).isNull();
		assertThat(egress.cells()).as("one known price: nothing to compare").noneMatch(Cell::best);
		assertThat(egress.differs()).isTrue();
	}

	@Test
	void freeTierShowsItsStatusAndSinceAndComparesByStatus() {
		ProviderProfile a = profile("a", "A", """
				pricing:
				  model: usage-based
				  billing_granularity: per second
				  free_tier: {status: none, since: "2024", details: Ended for new users.}
				  source: docs""");
		ProviderProfile b = minimal("b", "B");
		Row row = row(build(a, b), "free-tier");
		ComparisonTable.Item item = row.cells().get(0).headline();
		assertThat(item.message()).isEqualTo("compare.freeTier.since");
		assertThat(((MessageSourceResolvable) item.args().get(0)).getCodes()).containsExactly("freeTier.none");
		assertThat(item.args().get(1)).isEqualTo("2024");
		assertThat(item.detail()).isEqualTo("Ended for new users.");
		assertThat(row.cells().get(1).headline().message()).isEqualTo("freeTier.none");
		assertThat(row.differs()).as("both have none").isFalse();
	}

	@Test
	void deploymentMethodsCliAndFirstDeployAreReadWithTheirCitations() {
		ProviderProfile a = profile("a", "A", """
				deployment:
				  methods:
				    - {name: Dockerfile, support: "yes"}
				    - {name: Buildpacks, support: partial, source: blog}
				  cli: {name: acli}
				  first_deploy_time: 3-5 minutes
				  source: docs""");
		ProviderProfile b = profile("b", "B", """
				deployment:
				  methods:
				    - {name: dockerfile, support: "yes"}
				    - {name: Buildpacks, support: partial}""");
		ComparisonTable table = build(a, b);
		Row methods = row(table, "deployment-methods");
		assertThat(methods.cells().get(0).items()).extracting(ComparisonTable.Item::support).containsExactly("yes", "partial");
		assertThat(methods.cells().get(0).items().get(1).citation().unverified()).isTrue();
		assertThat(methods.differs()).as("same methods, whatever the case").isFalse();
		assertThat(row(table, "cli").cells().get(0).headline().text()).isEqualTo("acli");
		assertThat(row(table, "cli").cells().get(1).unknown()).isTrue();
		assertThat(row(table, "first-deploy").cells().get(0).headline().citation().title()).isEqualTo("A docs");
	}

	@Test
	void oldFactsAreCitedAsPossiblyStale() {
		ProviderProfile a = profile("a", "A", """
				pricing:
				  model: usage-based
				  billing_granularity: per second
				  free_tier: {status: none}
				  source: docs
				  as_of: "2023-01\"""");
		Cell cell = row(build(a, minimal("b", "B")), "pricing-model").cells().get(0);
		assertThat(cell.headline().citation().stale()).isTrue();
	}

	private ComparisonTable build(ProviderProfile... profiles) {
		return this.builder.build(List.of(profiles));
	}

	private static Row row(ComparisonTable table, String id) {
		return table.rows().stream().filter((r) -> r.id().equals(id)).findFirst().orElseThrow();
	}

	private static ProviderProfile offers(String slug, String name, String... offers) {
		return profile(slug, name, """
				pricing:
				  model: usage-based
				  billing_granularity: per second
				  free_tier: {status: none}
				  compute_offers:
				%s
				  source: docs""".formatted(String.join("\n", Arrays.stream(offers).map((o) -> "    - " + o).toList())));
	}

	private static ProviderProfile features(String slug, String name, String support, String summary) {
		return profile(slug, name, """
				features:
				  - {key: auto-scaling, support: "%s", summary: "%s", source: docs}""".formatted(support, summary),
				"python: {support: \"%s\", summary: Python., source: docs}".formatted(support));
	}

}
