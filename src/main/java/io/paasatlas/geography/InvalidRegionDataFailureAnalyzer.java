package io.paasatlas.geography;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns invalid region data into a start-up report that lists every error, instead of a stack trace. */
class InvalidRegionDataFailureAnalyzer extends AbstractFailureAnalyzer<InvalidRegionDataException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidRegionDataException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the files at the lines above (data/geo/README.md says where they come from and how to rebuild "
						+ "them), or point regions.metros / regions.land at good copies.",
				cause);
	}

}
