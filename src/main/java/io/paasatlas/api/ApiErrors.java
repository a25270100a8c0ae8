package io.paasatlas.api;

import java.util.List;

import io.paasatlas.provider.ProviderNotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the API and the CSV downloads as problem details, never as an HTML page: it comes before the pages'
 * {@code ErrorPages}, which would answer a missing provider with the 404 page.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	@ExceptionHandler(ProviderNotFoundException.class)
	ResponseEntity<ProblemDetail> providerNotFound(ProviderNotFoundException ex) {
		return Problems.notFound("No provider with the slug '" + ex.getSlug() + "' is in the catalog.");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return Problems.badRequest("The request body is not a JSON object.",
				List.of(new Problems.FieldMessage("body", "must be a JSON object of the workload's fields")));
	}

}
