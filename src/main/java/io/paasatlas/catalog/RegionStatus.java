package io.paasatlas.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a region hosts new apps today. */
public enum RegionStatus {

	@JsonProperty("current")
	CURRENT,
	@JsonProperty("deprecated")
	DEPRECATED,
	@JsonProperty("edge-only")
	EDGE_ONLY,
	@JsonProperty("removed")
	REMOVED;

	/** The value as data files write it; also the suffix of its message key. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
