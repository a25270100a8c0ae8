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

	/** A 400 naming each bad field: {@code errors: [{field, message}]}. */
	static ResponseEntity<ProblemDetail> badRequest(String detail, List<FieldMessage> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		problem.setType(URI.create("/api/openapi.json#invalid-request"));
		problem.setProperty("errors", errors.stream().map((e) -> JsonObject.of("field", e.field(), "message", e.message())).toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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
