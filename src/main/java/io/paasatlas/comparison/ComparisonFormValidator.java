package io.paasatlas.comparison;

import io.paasatlas.provider.SlugList;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks a {@link ComparisonForm} as a whole: every slug well formed, none twice, {@value ComparisonForm#MIN} to
 * {@value ComparisonForm#MAX} of them. These rules concern the list after splitting at commas, across its values,
 * which Bean Validation on the record cannot say with the exact offending slugs; each error is a message code whose
 * arguments name what is wrong. Whether a slug is in the catalog is the controller's question (a 404, not a 400).
 */
class ComparisonFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return ComparisonForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ComparisonForm form = (ComparisonForm) target;
		if (form.given()) {
			SlugList.check(form.slugs(), ComparisonForm.MIN, ComparisonForm.MAX, "compare.error", errors);
		}
	}

}
