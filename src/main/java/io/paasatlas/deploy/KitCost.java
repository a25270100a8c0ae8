package io.paasatlas.deploy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import io.paasatlas.estimate.Area;
import org.jspecify.annotations.Nullable;

/**
 * What a kit costs a month, by the cost model.
 *
 * @param total in US dollars; {@code null} when the provider cannot run the configuration
 * @param areas where the estimate placed the instances
 * @param pooled whether two regions shared an area, so every instance was priced in the primary's
 * @param estimateLinks the estimate pages with the same parameters: the line items and their sources
 */
record KitCost(@Nullable BigDecimal total, Status status, List<Area> areas, boolean pooled, List<String> estimateLinks) {

	KitCost {
		areas = List.copyOf(areas);
		estimateLinks = List.copyOf(estimateLinks);
	}

	/** {@code $3.23}, or {@code null}. */
	public @Nullable String text() {
		return (this.total != null) ? "$" + this.total.toPlainString() : null;
	}

	/** How far the total can be trusted. */
	enum Status {

		/** Every price is known. */
		COMPLETE,
		/** Some price is unknown: the total is a lower bound. */
		LOWER_BOUND,
		/** The cost model cannot price this configuration. */
		UNAVAILABLE;

		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
