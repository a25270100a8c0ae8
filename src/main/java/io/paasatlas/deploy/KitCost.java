package io.paasatlas.deploy;

import java.math.BigDecimal;
import java.util.List;

import io.paasatlas.catalog.Currency;
import io.paasatlas.pricing.Area;
import io.paasatlas.pricing.Confidence;
import io.paasatlas.pricing.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a kit costs a month, by the cost model.
 *
 * @param total in the provider's currency; {@code null} when the provider cannot run the configuration
 * @param confidence how sure the total is
 * @param areas where the estimate placed the instances
 * @param pooled whether two regions shared an area, so every instance was priced in the primary's
 * @param estimateLinks the estimate pages with the same parameters: the line items and their sources
 */
record KitCost(@Nullable BigDecimal total, Currency currency, Confidence confidence, List<Area> areas, boolean pooled,
		List<String> estimateLinks) {

	KitCost {
		areas = List.copyOf(areas);
		estimateLinks = List.copyOf(estimateLinks);
	}

	/** {@code $3.23}, or {@code null}. */
	public @Nullable String text() {
		return (this.total != null) ? Money.of(this.total, this.currency) : null;
	}

}
