package io.paasatlas.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns invalid data into a start-up report that lists every error, instead of a stack trace. */
class InvalidCatalogFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCatalogException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCatalogException cause) {
		return new FailureAnalysis(cause.report().describe(),
				"Fix the profiles at the lines above (see data/README.md), then check them with "
						+ "--catalog.validate-only=true.",
				cause);
	}

}
