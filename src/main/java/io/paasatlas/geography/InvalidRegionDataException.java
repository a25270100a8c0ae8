package io.paasatlas.geography;

import java.util.List;

import io.paasatlas.catalog.CatalogError;

/** Thrown at start-up when the metros or the land outline cannot be used; the app refuses to start. */
class InvalidRegionDataException extends RuntimeException {

	private final transient List<CatalogError> errors;

	InvalidRegionDataException(String what, List<CatalogError> errors) {
		super(describe(what, errors));
		this.errors = List.copyOf(errors);
	}

	List<CatalogError> errors() {
		return this.errors;
	}

	static String describe(String what, List<CatalogError> errors) {
		StringBuilder text = new StringBuilder(what).append(" invalid: ").append(errors.size())
			.append((errors.size() == 1) ? " error" : " errors");
		for (CatalogError error : errors) {
			text.append(System.lineSeparator()).append("  ").append(error);
		}
		return text.toString();
	}

}
