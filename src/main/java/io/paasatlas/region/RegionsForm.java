package io.paasatlas.region;

import java.util.List;

import io.paasatlas.provider.SlugList;
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

	boolean given() {
		return this.providers != null;
	}

	/** The slugs in the order given: values split at commas, trimmed, empty pieces dropped. */
	List<String> slugs() {
		return SlugList.split(this.providers);
	}

	/** {@code fly-io,render}: the value of a link to the same selection. */
	String query() {
		return String.join(",", slugs());
	}

	/**
	 * Checks the list as a whole: every slug well formed, none twice, at least one and at most as many as the catalog
	 * holds (the page shows them all by default, so its picker must be able to send them all back). Whether a slug is
	 * in the catalog is the controller's question (a 404, as on the other pages).
	 */
	static class Checks implements Validator {

		private final int max;

		/** @param max the number of providers in the catalog */
		Checks(int max) {
			this.max = max;
		}

		@Override
		public boolean supports(Class<?> type) {
			return RegionsForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			RegionsForm form = (RegionsForm) target;
			if (form.given()) {
				SlugList.check(form.slugs(), 1, this.max, "atlas.error", errors);
			}
		}

	}

}
