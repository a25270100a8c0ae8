package io.paasatlas.advisor;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/** {@code GET /api/advisor}: the advisor's answer as JSON, with the parameters of {@code /advisor}. */
@RestController
class AdvisorApiController {

	private final Advisor advisor;

	private final MessageSource messages;

	AdvisorApiController(Advisor advisor, MessageSource messages) {
		this.advisor = advisor;
		this.messages = messages;
	}

	@GetMapping(path = "/api/advisor", produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<?> advise(@Valid @ModelAttribute("form") AdvisorForm form, BindingResult result) {
		if (result.hasErrors()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some values are not valid.");
			problem.setTitle("Invalid request");
			problem.setProperty("errors", result.getFieldErrors().stream()
				.sorted(Comparator.comparingInt((FieldError e) -> AdvisorForm.FIELDS.indexOf(e.getField())))
				.map((e) -> Map.of("field", e.getField(), "message",
						this.messages.getMessage(e, LocaleContextHolder.getLocale())))
				.toList());
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		Needs needs = form.toNeeds();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("needs", needs(needs));
		json.put("rule", "any blocker or two reasons against: not-recommended; one against: possible; none: recommended");
		json.put("providers", this.advisor.advise(needs).stream().map(AdvisorApiController::advice).toList());
		return ResponseEntity.ok(json);
	}

	private static Map<String, @Nullable Object> needs(Needs needs) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("project", needs.project());
		json.put("regions", needs.areas().stream().map(Area::key).toList());
		json.put("instances", needs.instances());
		json.put("memoryMb", needs.memoryMb());
		json.put("budgetUsd", needs.budgetUsd());
		json.put("docker", needs.dockerFamiliar() ? "familiar" : "unfamiliar");
		json.put("postgres", needs.postgres());
		json.put("workers", needs.workers());
		json.put("cron", needs.cron());
		json.put("autoscaling", needs.autoscaling());
		json.put("freeTier", needs.freeTier());
		json.put("allowSleep", needs.allowSleep());
		return json;
	}

	private static Map<String, @Nullable Object> advice(Advice advice) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("slug", advice.slug());
		json.put("name", advice.name());
		json.put("verdict", advice.verdict().key());
		json.put("monthlyCost", advice.total());
		json.put("costConfidence", advice.estimate().confidence().key());
		List<Map<String, @Nullable Object>> reasons = advice.reasons().stream().map((r) -> {
			Map<String, @Nullable Object> reason = new LinkedHashMap<>();
			reason.put("rule", r.rule());
			reason.put("effect", r.effect().key());
			reason.put("text", r.text());
			reason.put("fact", r.fact());
			reason.put("link", r.link());
			Map<String, @Nullable Object> source = new LinkedHashMap<>();
			source.put("title", r.citation().title());
			source.put("url", r.citation().url());
			source.put("asOf", (r.citation().asOf() != null) ? r.citation().asOf().text() : null);
			source.put("stale", r.citation().stale());
			source.put("unverified", r.citation().unverified());
			reason.put("source", source);
			return reason;
		}).toList();
		json.put("reasons", reasons);
		return json;
	}

}
