package io.paasatlas.deploy;

import io.paasatlas.catalog.Citation;

/**
 * Why a file has a value, and where that comes from: written as a comment above the value where the format has
 * comments, and beside the file on the page and in the kit's README everywhere.
 *
 * @param setting the key or line the value is at ({@code primary_region}, {@code CMD})
 * @param value the value as the file writes it
 */
record Annotation(String setting, String value, String why, Citation source) {

	/** The comment text: the reason, then the source and its date. */
	String comment() {
		return this.why + " (" + this.source.title() + ", " + date(this.source)
				+ (this.source.unverified() ? ", unverified" : "") + ")";
	}

	/** The source's date as a kit's files and steps write it. */
	static String date(Citation source) {
		return (source.asOf() != null) ? source.asOf().text() : "undated";
	}

}
