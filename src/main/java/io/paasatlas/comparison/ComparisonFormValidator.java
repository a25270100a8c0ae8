package io.paasatlas.comparison;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks a {@link ComparisonForm} as a whole: every slug well formed, none twice, {@value ComparisonForm#MIN} to
 * {@value ComparisonForm#MAX} of them. These rules concern the list after splitting at commas, across its values,
 * which Bean Validation on the record cannot say with the exact offending slugs; each error is a message code whose
 * arguments name what is wrong. Whether a slug is in the catalog is the controller's question (a 404, not a 400).
 */
class ComparisonFormValidator implements Validator {

	/** At most this many slugs are quoted in one message; a longer list ends with "…". */
	static final int QUOTED = 8;

	/** A slug longer than this is cut in messages: the page must not echo a huge parameter. */
	static final int QUOTED_LENGTH = 40;

	@Override
	public boolean supports(Class<?> type) {
		return ComparisonForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ComparisonForm form = (ComparisonForm) target;
		if (!form.given()) {
			return;
		}
		List<String> slugs = form.slugs();
		List<String> malformed = slugs.stream().filter((s) -> !ComparisonForm.SLUG.matcher(s).matches()).distinct().toList();
		if (!malformed.isEmpty()) {
			errors.reject("compare.error.malformed", new Object[] { quote(malformed) }, null);
		}
		Map<String, Long> counts = slugs.stream()
			.collect(Collectors.groupingBy((s) -> s, LinkedHashMap::new, Collectors.counting()));
		List<String> duplicates = counts.entrySet().stream().filter((e) -> e.getValue() > 1).map(Map.Entry::getKey).toList();
		if (!duplicates.isEmpty()) {
			errors.reject("compare.error.duplicate", new Object[] { quote(duplicates) }, null);
		}
		if (slugs.isEmpty()) {
			errors.reject("compare.error.none", new Object[] { ComparisonForm.MIN }, null);
		}
		else if (slugs.size() < ComparisonForm.MIN) {
			errors.reject("compare.error.tooFew", new Object[] { slugs.size(), ComparisonForm.MIN, quote(slugs) }, null);
		}
		else if (slugs.size() > ComparisonForm.MAX) {
			errors.reject("compare.error.tooMany", new Object[] { slugs.size(), ComparisonForm.MAX }, null);
		}
	}

	/** {@code 'a', 'b'}: each slug quoted and cut to a readable length, the list itself cut after a few. */
	static String quote(List<String> slugs) {
		String quoted = slugs.stream()
			.limit(QUOTED)
			.map((s) -> "'" + ((s.length() > QUOTED_LENGTH) ? s.substring(0, QUOTED_LENGTH) + "…" : s) + "'")
			.collect(Collectors.joining(", "));
		return (slugs.size() > QUOTED) ? quoted + ", …" : quoted;
	}

}
