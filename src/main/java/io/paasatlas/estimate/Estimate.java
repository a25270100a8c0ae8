package io.paasatlas.estimate;

import java.math.BigDecimal;
import java.util.List;

import io.paasatlas.catalog.Sourced;
import org.jspecify.annotations.Nullable;

/**
 * One provider's monthly cost for a workload: the line items, their total, and what the total rests on.
 *
 * @param total the sum of the known line items, rounded to cents; {@code null} when the provider cannot run the
 * workload
 * @param status whether the total is complete, a lower bound (some prices unknown), or absent
 * @param approximate whether some price is approximate, a range's midpoint, or from an unverified source
 * @param placements which provider region serves each area
 * @param assumptions how the numbers were computed
 * @param warnings what the user should know (sleeping instances, missing regions)
 * @param blockers why the provider cannot run the workload; empty when it can
 */
public record Estimate(String slug, String name, @Nullable BigDecimal total, Status status, boolean approximate,
		List<LineItem> lines, List<Placement> placements, List<String> assumptions, List<String> warnings,
		List<String> blockers) {

	public Estimate {
		lines = List.copyOf(lines);
		placements = List.copyOf(placements);
		assumptions = List.copyOf(assumptions);
		warnings = List.copyOf(warnings);
		blockers = List.copyOf(blockers);
	}

	public boolean available() {
		return this.status != Status.UNAVAILABLE;
	}

	/** How far the total can be trusted. */
	public enum Status {

		/** Every line has a known price. */
		COMPLETE,
		/** Some line has no known price: the total is a lower bound. */
		INCOMPLETE,
		/** The provider cannot run this workload. */
		UNAVAILABLE;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * One line of the breakdown, like a line of an invoice.
	 *
	 * @param unitPrice the price per unit, {@code null} when unknown
	 * @param monthly quantity × unit price (× time factor), rounded to cents; {@code null} when unknown
	 * @param fact the priced fact in the profile, for its source and date
	 */
	public record LineItem(String what, BigDecimal quantity, String unit, @Nullable BigDecimal unitPrice,
			@Nullable BigDecimal monthly, @Nullable Sourced fact, boolean unverified, boolean approximate) {

		public boolean known() {
			return this.monthly != null;
		}
	}

	/** The region that serves an area, and how far it is from the area's city. */
	public record Placement(Area area, @Nullable String regionCode, @Nullable String regionCity,
			@Nullable Long distanceKm, boolean sameContinent) {
	}

}
