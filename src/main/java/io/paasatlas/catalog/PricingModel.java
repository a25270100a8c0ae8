package io.paasatlas.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a provider charges: for resources used, per fixed plan, or both. */
public enum PricingModel {

	@JsonProperty("usage-based")
	USAGE_BASED,
	@JsonProperty("fixed-plans")
	FIXED_PLANS,
	@JsonProperty("hybrid")
	HYBRID,
	@JsonProperty("unknown")
	UNKNOWN;

	/** The value as data files write it; also the suffix of its message key. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
