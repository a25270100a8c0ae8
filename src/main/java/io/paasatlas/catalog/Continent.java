package io.paasatlas.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Continents, to group regions. */
public enum Continent {

	@JsonProperty("africa")
	AFRICA,
	@JsonProperty("asia")
	ASIA,
	@JsonProperty("europe")
	EUROPE,
	@JsonProperty("north-america")
	NORTH_AMERICA,
	@JsonProperty("oceania")
	OCEANIA,
	@JsonProperty("south-america")
	SOUTH_AMERICA;

	/** The value as data files write it; also the suffix of its message key. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
