package io.paasatlas.system;

import org.jspecify.annotations.Nullable;

/** {@code DATABASE_URL} is set but is not a PostgreSQL URL; the message never contains the password. */
class InvalidDatabaseUrlException extends IllegalStateException {

	private final String problem;

	private final @Nullable String redactedUrl;

	/**
	 * @param problem what is wrong, in words that never quote the password
	 * @param redactedUrl the URL with the password masked, or {@code null} when nothing of it can be shown safely
	 */
	InvalidDatabaseUrlException(String problem, @Nullable String redactedUrl) {
		super("DATABASE_URL is not a valid PostgreSQL URL: " + problem
				+ ((redactedUrl != null) ? " (got " + redactedUrl + ")" : ""));
		this.problem = problem;
		this.redactedUrl = redactedUrl;
	}

	String problem() {
		return this.problem;
	}

	@Nullable String redactedUrl() {
		return this.redactedUrl;
	}

}
