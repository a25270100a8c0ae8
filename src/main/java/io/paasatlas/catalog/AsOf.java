package io.paasatlas.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A date at the precision a source gives it: {@code 2025}, {@code 2024-10} or {@code 2025-10-16}. Sources often
 * give only a year ("the 2024 change"), and inventing a day would be a guess.
 *
 * @param start the first day of the period, used to order and to age facts
 * @param text the date as written
 */
public record AsOf(LocalDate start, String text) implements Comparable<AsOf> {

	private static final Pattern FORMAT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AsOf parse(String text) {
		String value = text.strip();
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException(invalid(text));
		}
		try {
			return switch (value.length()) {
				case 4 -> new AsOf(LocalDate.of(Integer.parseInt(value), 1, 1), value);
				case 7 -> new AsOf(YearMonth.parse(value).atDay(1), value);
				case 10 -> new AsOf(LocalDate.parse(value), value);
				default -> throw new IllegalArgumentException(invalid(text));
			};
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new IllegalArgumentException(invalid(text));
		}
	}

	private static String invalid(String text) {
		return "'" + text + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD";
	}

	/** The last day of the period: a date is in the future only if its whole period starts after today. */
	public LocalDate end() {
		return switch (this.text.length()) {
			case 4 -> this.start.withDayOfYear(this.start.lengthOfYear());
			case 7 -> YearMonth.from(this.start).atEndOfMonth();
			default -> this.start;
		};
	}

	@JsonValue
	@Override
	public String toString() {
		return this.text;
	}

	@Override
	public int compareTo(AsOf other) {
		return this.start.compareTo(other.start);
	}

}
