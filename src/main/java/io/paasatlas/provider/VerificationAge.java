package io.paasatlas.provider;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * How long ago a profile was verified, as the table says it: in days for two months, then in months, then in years;
 * and whether that is longer than {@code catalog.stale-after}.
 *
 * @param unit {@code days}, {@code months} or {@code years}: the suffix of its message key
 * @param count how many
 * @param stale whether the profile was verified before today minus the staleness limit
 */
public record VerificationAge(String unit, long count, boolean stale) {

	static VerificationAge of(LocalDate verified, LocalDate today, Period staleAfter) {
		boolean stale = verified.isBefore(today.minus(staleAfter));
		long days = Math.max(0, ChronoUnit.DAYS.between(verified, today));
		if (days < 61) {
			return new VerificationAge("days", days, stale);
		}
		long months = ChronoUnit.MONTHS.between(verified, today);
		return (months < 24) ? new VerificationAge("months", months, stale)
				: new VerificationAge("years", ChronoUnit.YEARS.between(verified, today), stale);
	}

}
