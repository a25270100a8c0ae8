package io.paasatlas.catalog;

import java.util.List;

/**
 * What reading the catalog found: the profiles that passed and every error, in file and line order.
 */
public record CatalogReport(List<Entry> entries, List<CatalogError> errors) {

	public CatalogReport {
		entries = List.copyOf(entries);
		errors = List.copyOf(errors);
	}

	public boolean valid() {
		return this.errors.isEmpty();
	}

	public List<ProviderProfile> profiles() {
		return this.entries.stream().map(Entry::profile).toList();
	}

	/** The report as people read it: a summary line, then one line per error. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		if (valid()) {
			text.append("Catalog OK: ").append(this.entries.size()).append(" provider profiles valid.");
			return text.toString();
		}
		text.append("Catalog invalid: ").append(this.errors.size()).append(this.errors.size() == 1 ? " error" : " errors");
		for (CatalogError error : this.errors) {
			text.append(System.lineSeparator()).append("  ").append(error);
		}
		return text.toString();
	}

	/** A profile that passed the checks of its own file, with where its fields are. */
	public record Entry(String file, ProviderProfile profile, YamlLocator locator) {
	}

}
