package io.paasatlas.catalog;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What kind of cost something is: a published estimate's line, or a computed one. Estimates are compared with
 * published ones kind by kind.
 */
public enum CostCategory {

	@JsonProperty("compute")
	COMPUTE,
	@JsonProperty("storage")
	STORAGE,
	@JsonProperty("egress")
	EGRESS,
	@JsonProperty("database")
	DATABASE,
	@JsonProperty("other")
	OTHER;

	/** The value as data files and message keys write it: {@code compute}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
