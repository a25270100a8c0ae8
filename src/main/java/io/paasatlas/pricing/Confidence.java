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

	/**
	 * How sure a sum of two totals is: it cannot run if either cannot; a lower and an upper bound together are
	 * neither, so approximate; otherwise the less sure of the two.
	 */
	public Confidence and(Confidence other) {
		if (this == CANNOT_RUN || other == CANNOT_RUN) {
			return CANNOT_RUN;
		}
		if ((this == LOWER_BOUND && other == UPPER_BOUND) || (this == UPPER_BOUND && other == LOWER_BOUND)) {
			return APPROXIMATE;
		}
		for (Confidence weaker : new Confidence[] { LOWER_BOUND, APPROXIMATE, UPPER_BOUND }) {
			if (this == weaker || other == weaker) {
				return weaker;
			}
		}
		return EXACT;
	}

	/** The value as the API, CSV and message keys write it: {@code lower-bound}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
