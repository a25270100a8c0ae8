package io.paasatlas.catalog;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in the data, located so that an editor can go straight to it.
 *
 * @param file the file name, relative to the catalog folder
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param field the field path in the YAML ({@code pricing.compute_offers[2].monthly_usd}), or {@code null}
 * @param message what is wrong
 */
public record CatalogError(String file, int line, @Nullable String field, String message) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.file);
		if (this.line > 0) {
			text.append(':').append(this.line);
		}
		if (this.field != null && !this.field.isEmpty()) {
			text.append(": ").append(this.field);
		}
		return text.append(": ").append(this.message).toString();
	}

}
