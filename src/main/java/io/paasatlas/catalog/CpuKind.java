package io.paasatlas.catalog;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a vCPU guarantees: a {@code shared} one runs at a baseline share of a core and bursts above it, a
 * {@code performance} one (some providers say {@code dedicated}) is a whole core all the time.
 */
public enum CpuKind {

	@JsonProperty("shared")
	SHARED,
	@JsonProperty("performance")
	@JsonAlias("dedicated")
	PERFORMANCE;

	/** The value as data files and query strings write it. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
