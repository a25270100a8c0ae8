package io.paasatlas.region;

import java.util.List;

import io.paasatlas.provider.ProviderSlugs;
import io.paasatlas.provider.SlugList;
import org.jspecify.annotations.Nullable;

/**
 * The atlas's query string: the providers to show, {@code providers=fly-io,render} or the form's repeated
 * {@code providers=fly-io&providers=render}. Without it the atlas shows every provider. Checked as a whole by
 * {@link ProviderSlugs}: every slug well formed, none twice, 1 to {@value #MAX}.
 *
 * @param providers the raw values of the {@code providers} parameter, {@code null} when it is absent
 */
@ProviderSlugs(max = RegionsForm.MAX, codes = "atlas.error")
record RegionsForm(@Nullable List<String> providers) implements ProviderSlugs.Form {

	/**
	 * The most providers one atlas shows. The page shows every provider by default, so its picker must be able to
	 * send them all back: the catalog must hold no more (a test says so).
	 */
	static final int MAX = 100;

	@Override
	public boolean given() {
		return this.providers != null;
	}

	/** The slugs in the order given: values split at commas, trimmed, empty pieces dropped. */
	@Override
	public List<String> slugs() {
		return SlugList.split(this.providers);
	}

	/** {@code fly-io,render}: the value of a link to the same selection. */
	String query() {
		return String.join(",", slugs());
	}

}
