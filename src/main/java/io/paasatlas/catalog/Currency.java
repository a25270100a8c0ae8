package io.paasatlas.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The currency a provider prices in. Amounts in different currencies are never converted (no exchange rate is a
 * sourced fact of the catalog): estimates say which they are in, and are compared only within one currency.
 */
public enum Currency {

	@JsonProperty("USD")
	USD("$"),
	@JsonProperty("EUR")
	EUR("€");

	private final String symbol;

	Currency(String symbol) {
		this.symbol = symbol;
	}

	/** The symbol written before an amount: {@code $}, {@code €}. */
	public String symbol() {
		return this.symbol;
	}

	/** The ISO 4217 code, as data files and the API write it. */
	public String code() {
		return name();
	}

}
