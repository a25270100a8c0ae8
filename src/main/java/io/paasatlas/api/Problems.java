package io.paasatlas.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Problem details (RFC 9457) as the API writes them: a title, a detail, and for bad input an {@code errors} array. */
final class Problems {

	private Problems() {
	}

	/** At most this many field errors are listed, so that the answer stays small whatever the request held. */
	static final int MAX_ERRORS = 20;

	/** Field names are cut to this many characters: a field the client made up is quoted, not echoed whole. */
	static final int MAX_FIELD = 100;

	/**
	 * A 400 naming each bad field: {@code errors: [{field, message}]}; past {@value #MAX_ERRORS} errors, the first
	 * ones and their number, {@code errorCount}.
	 */
	static ResponseEntity<ProblemDetail> badRequest(String detail, List<FieldMessage> errors) {
		boolean cut = errors.size() > MAX_ERRORS;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				cut ? detail + " The first " + MAX_ERRORS + " of " + errors.size() + " errors are listed." : detail);
		problem.setTitle("Invalid request");
		problem.setType(URI.create("/api/openapi.json#invalid-request"));
		problem.setProperty("errors", errors.stream().limit(MAX_ERRORS)
			.map((e) -> JsonObject.of("field", clip(e.field()), "message", e.message()))
			.toList());
		if (cut) {
			problem.setProperty("errorCount", errors.size());
		}
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String clip(String field) {
		return (field.length() > MAX_FIELD) ? field.substring(0, MAX_FIELD) + "…" : field;
	}

	static ResponseEntity<ProblemDetail> notFound(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle("Not found");
		problem.setType(URI.create("/api/openapi.json#not-found"));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** What is wrong with one field of a request. */
	record FieldMessage(String field, String message) {
	}

}
