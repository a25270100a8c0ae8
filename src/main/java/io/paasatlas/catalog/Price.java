package io.paasatlas.catalog;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jspecify.annotations.Nullable;

/**
 * A price in US dollars as a source states it: exact ({@code 0.15}), approximate ({@code "~5"}), a range
 * ({@code "2-3"}, {@code "~20-25"}) or {@code unknown}. Keeping the source's precision lets a page say "~$2–3"
 * instead of a made-up exact number.
 *
 * @param min the lower bound, {@code null} when unknown
 * @param max the upper bound (equal to {@code min} unless a range), {@code null} when unknown
 * @param approximate whether the source wrote "~"
 */
public record Price(@Nullable BigDecimal min, @Nullable BigDecimal max, boolean approximate) {

	public static final Price UNKNOWN = new Price(null, null, false);

	private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern
		.compile("(~)?\\s*\\$?\\s*(-?\\d+(?:\\.\\d+)?)(?:\\s*-\\s*\\$?\\s*(\\d+(?:\\.\\d+)?))?");

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static Price parse(String text) {
		String value = text.strip();
		if (value.equalsIgnoreCase("unknown")) {
			return UNKNOWN;
		}
		Matcher matcher = FORMAT.matcher(value);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("'" + text
					+ "' is not a price: write a number (0.15), an approximation (\"~5\"), a range (\"2-3\") or unknown");
		}
		BigDecimal min = new BigDecimal(matcher.group(2));
		BigDecimal max = (matcher.group(3) != null) ? new BigDecimal(matcher.group(3)) : min;
		if (max.compareTo(min) < 0) {
			throw new IllegalArgumentException("'" + text + "' is a range whose upper bound is below its lower bound");
		}
		return new Price(min, max, matcher.group(1) != null);
	}

	public static Price exact(BigDecimal amount) {
		return new Price(amount, amount, false);
	}

	public boolean known() {
		return this.min != null;
	}

	/** The lower bound of a known price. */
	public BigDecimal lower() {
		return Objects.requireNonNull(this.min, "an unknown price has no bounds");
	}

	/** The upper bound of a known price. */
	public BigDecimal upper() {
		return Objects.requireNonNull(this.max, "an unknown price has no bounds");
	}

	public boolean range() {
		return known() && upper().compareTo(lower()) != 0;
	}

	/** A single figure to sort and compute with: the midpoint of a range; {@code null} when unknown. */
	public @Nullable BigDecimal value() {
		if (!known()) {
			return null;
		}
		return range() ? lower().add(upper()).divide(BigDecimal.valueOf(2)) : lower();
	}

	/** The price as data files write it, which is also how pages print it (with a dollar sign). */
	@JsonValue
	@Override
	public String toString() {
		if (!known()) {
			return "unknown";
		}
		String amount = range() ? lower().toPlainString() + "-" + upper().toPlainString() : lower().toPlainString();
		return (this.approximate ? "~" : "") + amount;
	}

}
