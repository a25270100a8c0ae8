package io.paasatlas.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The atlas's query string: the providers to show, {@code providers=fly-io,render} or the form's repeated
 * {@code providers=fly-io&providers=render}. Without it the atlas shows every provider.
 *
 * @param providers the raw values of the {@code providers} parameter, {@code null} when it is absent
 */
record RegionsForm(@Nullable List<String> providers) {

	static final int MAX = 12;

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	boolean given() {
		return this.providers != null;
	}

	/** The slugs in the order given: values split at commas, trimmed, empty pieces dropped. */
	List<String> slugs() {
		return pieces(this.providers);
	}

	/** {@code fly-io,render}: the value of a link to the same selection. */
	String query() {
		return String.join(",", slugs());
	}

	static List<String> pieces(@Nullable List<String> values) {
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
	static String quote(List<String> values) {
		String quoted = values.stream()
			.limit(8)
			.map((s) -> "'" + ((s.length() > 40) ? s.substring(0, 40) + "…" : s) + "'")
			.collect(Collectors.joining(", "));
		return (values.size() > 8) ? quoted + ", …" : quoted;
	}

	/**
	 * Checks the list as a whole: every slug well formed, none twice, at least one and at most {@value #MAX}. Whether
	 * a slug is in the catalog is the controller's question (a 404, as on the other pages).
	 */
	static class Checks implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return RegionsForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			RegionsForm form = (RegionsForm) target;
			if (!form.given()) {
				return;
			}
			List<String> slugs = form.slugs();
			List<String> malformed = slugs.stream().filter((s) -> !SLUG.matcher(s).matches()).distinct().toList();
			if (!malformed.isEmpty()) {
				errors.reject("atlas.error.malformed", new Object[] { quote(malformed) }, null);
			}
			Map<String, Long> counts = slugs.stream()
				.collect(Collectors.groupingBy((s) -> s, LinkedHashMap::new, Collectors.counting()));
			List<String> duplicates = counts.entrySet().stream().filter((e) -> e.getValue() > 1).map(Map.Entry::getKey)
				.toList();
			if (!duplicates.isEmpty()) {
				errors.reject("atlas.error.duplicate", new Object[] { quote(duplicates) }, null);
			}
			if (slugs.isEmpty()) {
				errors.reject("atlas.error.none");
			}
			else if (slugs.size() > MAX) {
				errors.reject("atlas.error.tooMany", new Object[] { slugs.size(), MAX }, null);
			}
		}

	}

}
