package io.paasatlas.comparison;

import java.util.List;

import io.paasatlas.provider.ProviderSlugs;
import io.paasatlas.provider.SlugList;
import org.jspecify.annotations.Nullable;

/**
 * The comparison's query string: the providers to compare, in column order. Accepts the permalink form
 * {@code providers=fly-io,heroku}, the form's repeated {@code providers=fly-io&providers=heroku}, and a mix of both.
 * Checked as a whole by {@link ProviderSlugs}: every slug well formed, none twice, {@value #MIN} to {@value #MAX}.
 *
 * @param providers the raw values of the {@code providers} parameter, {@code null} when it is absent
 */
@ProviderSlugs(min = ComparisonForm.MIN, max = ComparisonForm.MAX, codes = "compare.error")
record ComparisonForm(@Nullable List<String> providers) implements ProviderSlugs.Form {

	static final int MIN = 2;

	static final int MAX = 6;

	/** Whether the request names providers at all; without the parameter the page just offers the form. */
	@Override
	public boolean given() {
		return this.providers != null;
	}

	/** The slugs in the order given: values split at commas, trimmed, empty pieces dropped. */
	@Override
	public List<String> slugs() {
		return SlugList.split(this.providers);
	}

	/** The permalink value: {@code fly-io,heroku,render}. */
	String query() {
		return String.join(",", slugs());
	}

}
