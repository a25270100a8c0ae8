package io.paasatlas.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A verdict for a project. */
public enum Recommendation {

	@JsonProperty("recommended")
	RECOMMENDED,
	@JsonProperty("possible")
	POSSIBLE,
	@JsonProperty("not-recommended")
	NOT_RECOMMENDED;

	/** The value as data files write it; also the suffix of its message key. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
