package io.paasatlas.pricing;

import java.math.BigDecimal;
import java.util.List;

import io.paasatlas.catalog.CostCategory;
import io.paasatlas.catalog.Currency;
import io.paasatlas.catalog.Sourced;
import org.jspecify.annotations.Nullable;

/**
 * One provider's monthly cost for a workload: the line items, their total, how sure the total is and why, and what
 * the provider's rules decided on the way (a plan switched for a limit, an allowance deducted).
 *
 * @param currency the currency of every amount of the estimate (the provider's; never converted)
 * @param total the sum of the known line items, rounded to cents; {@code null} when the provider cannot run the
 * workload
 * @param confidence how far the total can be trusted
 * @param reasons why the confidence is what it is, one sentence each; empty when exact
 * @param ceiling for providers that bill measured CPU use: the total at 100 % CPU; {@code null} otherwise
 * @param placements which provider region serves each area
 * @param decisions choices the provider's rules forced, each with the fact behind it
 * @param assumptions how the numbers were computed
 * @param warnings what the user should know (sleeping instances, missing regions)
 * @param blockers why the provider cannot run the workload, each with the fact behind it; empty when it can
 */
public record Estimate(String slug, String name, Currency currency, @Nullable BigDecimal total, Confidence confidence,
		List<String> reasons, @Nullable BigDecimal ceiling, List<LineItem> lines, List<Placement> placements,
		List<Note> decisions, List<String> assumptions, List<String> warnings, List<Note> blockers) {

	public Estimate {
		reasons = List.copyOf(reasons);
		lines = List.copyOf(lines);
		placements = List.copyOf(placements);
		decisions = List.copyOf(decisions);
		assumptions = List.copyOf(assumptions);
		warnings = List.copyOf(warnings);
		blockers = List.copyOf(blockers);
	}

	public boolean available() {
		return this.confidence != Confidence.CANNOT_RUN;
	}

	/** An amount of this estimate, written in its currency: {@code $3.88}, {@code €6.10}. */
	public String money(BigDecimal amount) {
		return Money.of(amount, this.currency);
	}

	/** Whether some price is unknown, so the real total is at least this one. */
	public boolean lowerBound() {
		return this.confidence == Confidence.LOWER_BOUND;
	}

	/**
	 * Whether the compute itself has a price. Without one the total is a lower bound that says little (it may be
	 * $0.00), so lists rank such a provider after those whose compute is priced, and never call it the cheapest.
	 */
	public boolean computePriced() {
		return available() && this.lines.stream()
			.filter((l) -> l.category() == CostCategory.COMPUTE)
			.allMatch(LineItem::known);
	}

	/** The same estimate with the total at 100 % CPU use beside it. */
	Estimate withCeiling(@Nullable BigDecimal ceiling) {
		return new Estimate(this.slug, this.name, this.currency, this.total, this.confidence, this.reasons, ceiling, this.lines,
				this.placements, this.decisions, this.assumptions, this.warnings, this.blockers);
	}

	/**
	 * One line of the breakdown, like a line of an invoice.
	 *
	 * @param unitPrice the price per unit, {@code null} when unknown
	 * @param monthly quantity × unit price (× time factor), rounded to cents; {@code null} when unknown
	 * @param fact the priced fact in the profile, for its source and date
	 * @param approximate whether the price is approximate, a range's midpoint, or not the region's own
	 * @param upperBound whether the line is billed by use but priced at the whole allocation
	 * @param included what an allowance or plan included before this line was charged, {@code null} for nothing
	 * @param allowance the fact of that allowance, for its source and date
	 */
	public record LineItem(String what, CostCategory category, BigDecimal quantity, String unit,
			@Nullable BigDecimal unitPrice, @Nullable BigDecimal monthly, @Nullable Sourced fact, boolean unverified,
			boolean approximate, boolean upperBound, @Nullable String included, @Nullable Sourced allowance) {

		public boolean known() {
			return this.monthly != null;
		}
	}

	/** A sentence about the estimate and the profile fact it rests on. */
	public record Note(String text, @Nullable Sourced fact) {
	}

	/**
	 * The region that serves an area, and how far it is from the area's city.
	 *
	 * @param approximate whether the region's location stands for an area the provider names (a state), so the
	 * distance is approximate
	 */
	public record Placement(Area area, @Nullable String regionCode, @Nullable String regionCity,
			@Nullable Long distanceKm, boolean sameContinent, boolean approximate) {
	}

}
