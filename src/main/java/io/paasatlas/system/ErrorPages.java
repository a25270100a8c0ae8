package io.paasatlas.system;

import io.paasatlas.provider.ProviderNotFoundException;
import io.paasatlas.provider.SourceNotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Not-found pages that say what was not found. Everything else goes to Boot's error controller, which renders
 * {@code templates/error/4xx.html} or {@code 5xx.html} without stack traces or messages.
 */
@ControllerAdvice(annotations = Controller.class)
class ErrorPages {

	@ExceptionHandler(ProviderNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String providerNotFound(ProviderNotFoundException ex, Model model, HttpServletRequest request) {
		model.addAttribute("notFound", "No provider with the slug '" + ex.getSlug() + "' is in the catalog.");
		model.addAttribute("path", request.getRequestURI());
		return "error/404";
	}

	@ExceptionHandler(SourceNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String sourceNotFound(SourceNotFoundException ex, Model model, HttpServletRequest request) {
		model.addAttribute("notFound", "No source document named '" + ex.getName() + "' is bundled with the catalog.");
		model.addAttribute("path", request.getRequestURI());
		return "error/404";
	}

}
