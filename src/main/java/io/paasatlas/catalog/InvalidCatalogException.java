package io.paasatlas.catalog;

/** Thrown at start-up when the catalog data is invalid; the app refuses to start and prints every error. */
public class InvalidCatalogException extends RuntimeException {

	private final transient CatalogReport report;

	public InvalidCatalogException(CatalogReport report) {
		super(report.describe());
		this.report = report;
	}

	public CatalogReport report() {
		return this.report;
	}

}
