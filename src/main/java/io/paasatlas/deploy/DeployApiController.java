package io.paasatlas.deploy;

import java.net.URI;
import java.util.Comparator;
import java.util.Map;

import io.paasatlas.catalog.Citation;
import io.paasatlas.pricing.Area;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/deploy}: a kit as JSON for tools, with the parameters of {@code /deploy}. Bad input is a 400
 * problem naming each field; an unknown provider, or one without a kit, a 404 problem.
 */
@RestController
class DeployApiController {

	private final DeployKits kits;

	private final MessageSource messages;

	DeployApiController(DeployKits kits, MessageSource messages) {
		this.kits = kits;
		this.messages = messages;
	}

	@GetMapping(path = "/api/deploy", produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<?> kit(@Valid @ModelAttribute("form") DeployForm form, BindingResult result) {
		String slug = (form.provider() != null) ? form.provider().strip() : "";
		if (slug.isEmpty()) {
			result.rejectValue("provider", "deploy.error.provider", "is required");
			return invalid(result);
		}
		if (this.kits.providers().stream().noneMatch((p) -> p.getSlug().equals(slug))) {
			// the slug is named back only when it could be one
			return notFound(slug.matches("[a-z0-9-]{1,60}") ? "No provider with the slug '" + slug + "' is in the catalog."
					: "No provider with this slug is in the catalog.");
		}
		KitRenderer renderer = this.kits.renderer(slug).orElse(null);
		if (renderer == null) {
			return notFound("PaaS Atlas has no deployment kit for " + this.kits.profile(slug).name() + " yet.");
		}
		Kit kit = result.hasErrors() ? null : this.kits.kit(form, renderer, this.kits.facts(form, slug), result);
		return (kit != null) ? ResponseEntity.ok(json(kit)) : invalid(result);
	}

	private ResponseEntity<ProblemDetail> invalid(BindingResult result) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some values are not valid.");
		problem.setTitle("Invalid request");
		problem.setType(URI.create("/api/openapi.json#invalid-request"));
		// in the form's order, as the page lists them: the validator's order of violations is not fixed
		problem.setProperty("errors", result.getFieldErrors().stream()
			.sorted(Comparator.comparingInt((FieldError e) -> DeployForm.PARAMETERS.indexOf(e.getField())))
			.map((e) -> Map.of("field", e.getField(), "message", this.messages.getMessage(e, LocaleContextHolder.getLocale())))
			.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ResponseEntity<ProblemDetail> notFound(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle("Not found");
		problem.setType(URI.create("/api/openapi.json#not-found"));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static Map<String, @Nullable Object> json(Kit kit) {
		return Json.object("provider", kit.deployment().slug(), "parameters", kit.deployment().query(),
				"size", kit.size().label(), "links", Json.object("page", kit.page(), "zip", kit.zip()),
				"cost", Json.object("monthly", kit.cost().text(), "amount", kit.cost().total(),
						"currency", kit.cost().currency().code(), "confidence", kit.cost().confidence().key(),
						"pricedAs", kit.cost().areas().stream().map(Area::key).toList(),
						"estimates", kit.cost().estimateLinks()),
				"files", kit.files().stream().map((f) -> Json.object("path", f.path(), "language", f.language(),
						"content", f.content(), "annotations", f.annotations().stream()
							.map((a) -> Json.object("setting", a.setting(), "value", a.value(), "why", a.why(),
									"source", source(a.source())))
							.toList()))
					.toList(),
				"steps", kit.steps().stream().map((s) -> Json.object("key", s.key(), "title", s.title(),
						"commands", s.code(), "source", source(s.source()))).toList(),
				"notes", kit.notes().stream().map((n) -> Json.object("text", n.text(), "source", source(n.source())))
					.toList());
	}

	private static Map<String, @Nullable Object> source(Citation c) {
		return Json.object("title", c.title(), "url", c.url(), "asOf", (c.asOf() != null) ? c.asOf().text() : null,
				"stale", c.stale(), "unverified", c.unverified());
	}

}
