package io.paasatlas.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What new users get for free: an ongoing free tier, a limited one, a time-boxed trial, nothing. */
public enum FreeTierStatus {

	@JsonProperty("yes")
	YES,
	@JsonProperty("limited")
	LIMITED,
	@JsonProperty("trial")
	TRIAL,
	@JsonProperty("none")
	NONE,
	@JsonProperty("unknown")
	UNKNOWN;

	/** The value as data files write it; also the suffix of its message key. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
