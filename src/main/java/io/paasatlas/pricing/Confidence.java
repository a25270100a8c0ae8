package io.paasatlas.pricing;

import java.util.Locale;

/** How far a total can be trusted; every total carries one, with its reasons. */
public enum Confidence {

	/** Every line is an exact, verified price applied as the provider bills it. */
	EXACT,
	/** Some price is approximate, a range's midpoint, from a third party only, or not the chosen region's own. */
	APPROXIMATE,
	/** Some line has no known price: the real total is at least this. */
	LOWER_BOUND,
	/** Some line is billed by use but priced at the whole allocation: the real total is at most this. */
	UPPER_BOUND,
	/** The provider cannot run the workload: no total. */
	CANNOT_RUN;

	/** The value as the API, CSV and message keys write it: {@code lower-bound}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
