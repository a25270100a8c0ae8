package io.paasatlas.catalog;

import org.jspecify.annotations.Nullable;

/**
 * Where a fact comes from, as a page shows it.
 *
 * @param title the source's title, or the URL when the fact cites one directly
 * @param url a link to the source, {@code null} when it has none
 * @param asOf the fact's date, {@code null} when neither the fact nor its source gives one
 * @param stale whether the date is older than the catalog's staleness limit
 * @param unverified whether the source is a third party's word only
 */
public record Citation(String title, @Nullable String url, @Nullable AsOf asOf, boolean stale, boolean unverified) {

	static final Citation NONE = new Citation("no source given", null, null, false, false);

	public boolean known() {
		return this != NONE;
	}

}
