package io.paasatlas.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * A list of slugs in a query string, as the pages that take several providers (compare, regions) and the user form's
 * metro lists accept it: {@code a,b}, repeated {@code x=a&x=b}, or both. One reading and one set of checks, so that
 * every page answers the same list with the same messages, each under its own message-code prefix.
 */
public final class SlugList {

	/** The slug syntax of the catalog (see {@code ProviderProfile.slug}). */
	public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** At most this many values are quoted in one message; a longer list ends with "…". */
	public static final int QUOTED = 8;

	/** A value longer than this is cut in messages: a page must not echo a huge parameter. */
	public static final int QUOTED_LENGTH = 40;

	private SlugList() {
	}

	/** The values in the order given: split at commas, trimmed, empty pieces dropped. */
	public static List<String> split(@Nullable List<String> values) {
		List<String> pieces = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				if (value == null) {
					continue;
				}
				for (String piece : value.split(",")) {
					if (!piece.isBlank()) {
						pieces.add(piece.strip());
					}
				}
			}
		}
		return pieces;
	}

	/** {@code 'a', 'b'}: values quoted and cut to a readable length, the list cut after a few. */
	public static String quote(List<String> values) {
		String quoted = values.stream()
			.limit(QUOTED)
			.map((s) -> "'" + ((s.length() > QUOTED_LENGTH) ? s.substring(0, QUOTED_LENGTH) + "…" : s) + "'")
			.collect(Collectors.joining(", "));
		return (values.size() > QUOTED) ? quoted + ", …" : quoted;
	}

	/**
	 * Rejects the list as a whole: malformed slugs ({@code codes.malformed}), slugs given twice
	 * ({@code .duplicate}), none ({@code .none}, argument: min), fewer than min ({@code .tooFew}) or more than max
	 * ({@code .tooMany}). Whether a slug is in the catalog is {@link #rejectUnknown}'s question (a 404, not a 400).
	 */
	public static void check(List<String> slugs, int min, int max, String codes, Errors errors) {
		List<String> malformed = slugs.stream().filter((s) -> !SLUG.matcher(s).matches()).distinct().toList();
		if (!malformed.isEmpty()) {
			errors.reject(codes + ".malformed", new Object[] { quote(malformed) }, null);
		}
		Map<String, Long> counts = slugs.stream()
			.collect(Collectors.groupingBy((s) -> s, LinkedHashMap::new, Collectors.counting()));
		List<String> duplicates = counts.entrySet().stream().filter((e) -> e.getValue() > 1).map(Map.Entry::getKey)
			.toList();
		if (!duplicates.isEmpty()) {
			errors.reject(codes + ".duplicate", new Object[] { quote(duplicates) }, null);
		}
		if (slugs.isEmpty()) {
			errors.reject(codes + ".none", new Object[] { min }, null);
		}
		else if (slugs.size() < min) {
			errors.reject(codes + ".tooFew", new Object[] { slugs.size(), min, quote(slugs) }, null);
		}
		else if (slugs.size() > max) {
			errors.reject(codes + ".tooMany", new Object[] { slugs.size(), max }, null);
		}
	}

	/**
	 * Rejects the well-formed slugs that {@code known} does not know, with {@code codes.unknown} (one) or
	 * {@code codes.unknownMany}; malformed ones are {@link #check}'s.
	 */
	public static void rejectUnknown(List<String> slugs, Predicate<String> known, String codes, Errors errors) {
		List<String> unknown = slugs.stream()
			.filter((s) -> SLUG.matcher(s).matches() && !known.test(s))
			.distinct()
			.toList();
		if (!unknown.isEmpty()) {
			errors.reject(codes + ((unknown.size() == 1) ? ".unknown" : ".unknownMany"),
					new Object[] { quote(unknown) }, null);
		}
	}

}
