package io.paasatlas.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A malformed {@code DATABASE_URL} stops the app with what is wrong and the expected form, instead of a trace. */
class InvalidDatabaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDatabaseUrlException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDatabaseUrlException cause) {
		String description = "DATABASE_URL is set but is not a PostgreSQL URL: " + cause.problem() + "."
				+ ((cause.redactedUrl() != null) ? "\n\n    DATABASE_URL = " + cause.redactedUrl() : "");
		String action = "Set DATABASE_URL as Fly.io's 'flyctl postgres attach' does, " + DatabaseUrl.FORMAT
				+ " (postgresql:// works too), with special characters in the user name and password percent-encoded "
				+ "(@ as %40, : as %3A, / as %2F, % as %25); or unset it to use the in-memory H2 database.";
		return new FailureAnalysis(description, action, cause);
	}

}
