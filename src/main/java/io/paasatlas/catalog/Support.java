package io.paasatlas.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a provider offers something: fully, in part, not at all, or not known. */
public enum Support {

	@JsonProperty("yes")
	YES,
	@JsonProperty("partial")
	PARTIAL,
	@JsonProperty("no")
	NO,
	@JsonProperty("unknown")
	UNKNOWN;

	/** The value as data files write it; also the suffix of its message key. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
