package io.paasatlas.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * The app's answer to every error that reaches the container's error dispatch, in place of Boot's controller: under
 * {@code /api}, or for a client that does not take HTML, a problem detail (RFC 9457), as the OpenAPI document
 * promises; otherwise the error page ({@code templates/error/404.html}, {@code 4xx.html}, {@code 5xx.html}). Never
 * an exception's message or a stack trace. {@code /error} asked for directly is a 404 like any unknown path (Boot's
 * controller answers it with a 500).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorAnswers extends AbstractErrorController {

	private final View problemView;

	private final Map<Integer, String> apiDetails;

	ErrorAnswers(ErrorAttributes errorAttributes, ObjectProvider<ErrorViewResolver> resolvers, JsonMapper json,
			RequestProperties limits) {
		super(errorAttributes, resolvers.orderedStream().toList());
		this.problemView = new ProblemView(json);
		this.apiDetails = Map.of(400, "The request cannot be read: check its parameters, their %-encoding and its body.",
				404, "No API resource at this path; /api/openapi.json describes the API.",
				405, "This method is not allowed here; the Allow header names the methods that are.",
				406, "The API answers in application/json only.",
				408, "The request body did not arrive within " + limits.maxBodyTime().toSeconds() + " s.",
				413, "The request body is too large: the API takes JSON objects of at most " + limits.maxBodyBytes()
						+ " bytes.",
				415, "Send the body as application/json.");
	}

	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		boolean dispatched = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
		HttpStatus status = dispatched ? getStatus(request) : HttpStatus.NOT_FOUND;
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (dispatched && original != null) ? original.toString() : request.getRequestURI();
		response.setStatus(status.value());
		if (isApi(path) || !acceptsHtml(request.getHeader("Accept"))) {
			ModelAndView problem = new ModelAndView(this.problemView, Map.of(ProblemView.MODEL_KEY, problem(status, path)));
			problem.setStatus(status);
			return problem;
		}
		Map<String, Object> model = Map.of("status", status.value(), "error", status.getReasonPhrase(), "path", path);
		ModelAndView page = resolveErrorView(request, response, status, model);
		return (page != null) ? page : new ModelAndView("error", model, status);
	}

	private Map<String, Object> problem(HttpStatus status, String path) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", status.is5xxServerError() ? "Something went wrong on our side; it has been logged."
				: this.apiDetails.getOrDefault(status.value(), status.getReasonPhrase() + "."));
		problem.put("instance", LogText.of(path));
		return problem;
	}

	static boolean isApi(String path) {
		return path.equals("/api") || path.startsWith("/api/");
	}

	/** No Accept header, or one that admits HTML ({@code text/html}, {@code text/*}, {@code *}{@code /*}). */
	static boolean acceptsHtml(@Nullable String accept) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream().anyMatch((type) -> type.isCompatibleWith(MediaType.TEXT_HTML)
					&& type.getQualityValue() > 0);
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
	}

	/** A problem detail as {@code application/problem+json}, whatever the client's Accept header said. */
	private record ProblemView(JsonMapper json) implements View {

		static final String MODEL_KEY = "problem";

		@Override
		public String getContentType() {
			return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			byte[] body = this.json.writeValueAsBytes((model != null) ? model.get(MODEL_KEY) : Map.of());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

	}

}
