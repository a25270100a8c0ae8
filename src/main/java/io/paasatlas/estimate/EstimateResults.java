package io.paasatlas.estimate;

import java.util.List;

import io.paasatlas.catalog.Citation;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.pricing.Confidence;
import io.paasatlas.pricing.Estimate;
import io.paasatlas.pricing.Estimate.LineItem;
import io.paasatlas.pricing.Workload;
import org.jspecify.annotations.Nullable;

/**
 * What the estimate page shows below the form: each provider's estimate, cheapest first, and the two charts.
 *
 * @param preset the preset whose workload this is, field for field; {@code null} for any other workload
 * @param results one per provider: those that can run the workload by total, cheapest first, then those that cannot
 * @param totals the bar chart of the monthly totals, in the order of {@code results}
 * @param growth the line chart of the total as the instances per region grow
 * @param growthTable the growth chart's numbers, as a table for those who cannot see the chart
 * @param notCharted the providers priced in another currency than US dollars, left off the charts' dollar axis
 * @param unpriced the providers that can run the workload but whose compute has no price in our sources, left off
 * the charts (their "at least" total would read as the cheapest)
 */
record EstimateResults(Workload workload, @Nullable WorkloadPreset preset, List<ProviderResult> results,
		SvgCharts.BarChart totals, SvgCharts.LineChart growth, GrowthTable growthTable, List<String> notCharted,
		List<String> unpriced) {

	/**
	 * The most providers whose whole breakdown the page shows; with more, each is folded to its lines and a link to
	 * its whole breakdown, so that the page's weight grows little with the catalog.
	 */
	static final int DETAILED_UP_TO = 3;

	/** Whether the page shows each provider's whole breakdown. */
	public boolean detailed() {
		return this.results.size() <= DETAILED_UP_TO;
	}

	/** Whether the workload's CPU use is the typical one the page states with its source. */
	public boolean typicalCpu() {
		return this.workload.services().stream()
			.allMatch((s) -> s.cpuPercent().compareTo(Workload.TYPICAL_CPU_PERCENT) == 0);
	}

	/** The cheapest provider that can run the workload with its compute priced, in US dollars, for the summary. */
	public @Nullable ProviderResult cheapest() {
		return this.results.stream()
			.filter((r) -> r.estimate().computePriced() && r.estimate().currency() == io.paasatlas.catalog.Currency.USD)
			.findFirst()
			.orElse(null);
	}

	/**
	 * One provider's estimate as the page shows it.
	 *
	 * @param rank 1 for the cheapest
	 * @param total the total to the cent ({@code $3.88}); {@code null} when the provider cannot run the workload
	 * @param ceiling the total at 100 % CPU use, for providers that bill measured use; {@code null} otherwise
	 * @param lines the line items with their citations
	 * @param decisions what the provider's rules decided, each with its citation
	 * @param blockers why it cannot run, each with its citation
	 * @param seed the published estimate for this workload, when the profile has one
	 */
	record ProviderResult(int rank, Estimate estimate, SvgCharts.Style style, @Nullable String total,
			@Nullable String ceiling, List<Line> lines, List<CitedNote> decisions, List<CitedNote> blockers,
			@Nullable SeedComparison seed) {

		public String slug() {
			return this.estimate.slug();
		}

		public String name() {
			return this.estimate.name();
		}

		/** How sure the total is: {@code exact}, {@code approximate}, {@code lower-bound}, … */
		public String confidence() {
			return this.estimate.confidence().key();
		}

	}

	/** A decision or blocker with the source and date of the fact behind it ({@code null} when it cites none). */
	record CitedNote(String text, @Nullable Citation citation) {
	}

	/**
	 * A line item, written out.
	 *
	 * @param unitPrice {@code null} when the price is not known
	 * @param monthly {@code null} when the price is not known
	 * @param citation the source and date of the price; {@code null} when the line cites no fact
	 * @param allowance the source and date of what was included before the line was charged, if anything
	 */
	record Line(LineItem item, String quantity, @Nullable String unitPrice, @Nullable String monthly,
			@Nullable Citation citation, @Nullable Citation allowance) {
	}

	/**
	 * A published estimate of the same workload (the seed's "Minimum Cost Estimate") beside the computed one.
	 *
	 * @param citation the source and date of the published estimate
	 * @param published its total as published ({@code ~$6})
	 * @param computed the computed total ({@code $3.88})
	 * @param rows the two side by side, by kind of cost, so that each difference shows where it comes from
	 */
	record SeedComparison(ProviderProfile.CostExample example, Citation citation, String published,
			String computed, @Nullable Difference difference, List<SeedRow> rows) {
	}

	/**
	 * One kind of cost (compute, storage, egress…) in the published and the computed estimate.
	 *
	 * @param category the kind of cost
	 * @param published the published line items of this kind
	 * @param publishedAmount their sum as published ({@code ~$5}); empty when there are none
	 * @param computed the computed lines of this kind
	 * @param computedAmount their sum
	 * @param difference computed minus published
	 */
	record SeedRow(io.paasatlas.catalog.CostCategory category, List<ProviderProfile.LineItem> published, String publishedAmount,
			List<Line> computed, String computedAmount, @Nullable Difference difference) {
	}

	/**
	 * Computed minus published, signed ({@code −$1.76}); against a published range, from its top to its bottom.
	 *
	 * @param high {@code null} unless the published amount is a range
	 */
	record Difference(String low, @Nullable String high) {

		public boolean range() {
			return this.high != null;
		}

	}

	/**
	 * The numbers of the growth chart: a row per provider, a column per number of instances per region. Rows, not
	 * columns, so that the table is as wide as a phone however many providers there are.
	 *
	 * @param sizes the numbers of instances per region of the columns, ascending
	 * @param rows every provider priced in dollars, in the order of the results
	 */
	record GrowthTable(List<Integer> sizes, List<GrowthLine> rows) {

		/** Whether the table has a column for this size: the chart's lines carry a marker there. */
		public boolean shows(int instances) {
			return this.sizes.contains(instances);
		}
	}

	/** One provider's totals, in the order of the table's sizes. */
	record GrowthLine(String slug, String name, SvgCharts.Style style, List<Cell> cells) {
	}

	/**
	 * One total.
	 *
	 * @param total {@code null} when the provider cannot run this many
	 * @param confidence how sure the total is
	 */
	record Cell(@Nullable String total, Confidence confidence) {
	}

}
