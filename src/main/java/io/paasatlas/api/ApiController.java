package io.paasatlas.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.paasatlas.catalog.CatalogReader;
import io.paasatlas.comparison.ComparisonQueries;
import io.paasatlas.pricing.Area;
import io.paasatlas.pricing.Estimate;
import io.paasatlas.estimate.EstimateQueries;
import io.paasatlas.pricing.Workload;
import io.paasatlas.provider.Provider;
import io.paasatlas.provider.ProviderCatalog;
import io.paasatlas.provider.ProviderFilter;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API: the catalog, one provider's profile, a comparison and an estimate, each taking the parameters of its
 * page. Bad input is a 400 problem detail naming each bad field; an unknown provider a 404. Described in
 * {@code /api/openapi.json}.
 */
@RestController
@RequestMapping(path = "/api", produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
class ApiController {

	private static final JsonMapper profileJson = CatalogReader.jsonMapper();

	private final ProviderCatalog catalog;

	private final ComparisonQueries comparisons;

	private final EstimateQueries estimates;

	private final ComparisonText text;

	ApiController(ProviderCatalog catalog, ComparisonQueries comparisons, EstimateQueries estimates,
			ComparisonText text) {
		this.catalog = catalog;
		this.comparisons = comparisons;
		this.estimates = estimates;
		this.text = text;
	}

	/** The catalog table, filtered and sorted as {@code /providers}. */
	@GetMapping("/providers")
	ResponseEntity<?> providers(@Valid @ModelAttribute ProviderFilter filter, BindingResult result) {
		if (result.hasErrors()) {
			return Problems.badRequest("Some parameters are not valid.", result.getFieldErrors().stream()
				.map((e) -> new Problems.FieldMessage(e.getField(), String.valueOf(e.getDefaultMessage())))
				.toList());
		}
		Page<Provider> page = this.catalog.list(filter);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("total", page.getTotalElements());
		json.put("page", page.getNumber() + 1);
		json.put("pages", page.getTotalPages());
		json.put("providers", page.getContent().stream().map(ApiController::provider).toList());
		return ResponseEntity.ok(json);
	}

	/** One provider's whole profile, in the field names of its data file ({@code data/README.md}). */
	@GetMapping("/providers/{slug}")
	ResponseEntity<String> provider(@PathVariable String slug) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.body(profileJson.writeValueAsString(this.catalog.profile(slug)));
	}

	/** The comparison of {@code /compare?providers=a,b}. */
	@GetMapping("/compare")
	ResponseEntity<?> compare(@RequestParam(name = "providers", required = false) @Nullable List<String> providers) {
		ComparisonQueries.Outcome outcome = this.comparisons.compare((providers != null) ? providers : List.of());
		if (outcome.notFound()) {
			return Problems.notFound(String.join(" ", outcome.errors()));
		}
		if (outcome.table() == null) {
			return Problems.badRequest("The providers to compare are not valid.", outcome.errors().stream()
				.map((m) -> new Problems.FieldMessage("providers", m))
				.toList());
		}
		return ResponseEntity.ok(this.text.json(outcome.table()));
	}

	/** The estimate of {@code /estimate}, with the same query parameters. */
	@GetMapping("/estimate")
	ResponseEntity<?> estimate(@RequestParam MultiValueMap<String, String> parameters) {
		return priced(EstimateParameters.of(parameters));
	}

	/** The same estimate from a JSON object of the same fields; numbers and booleans may be JSON values. */
	@PostMapping(path = "/estimate", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> estimateFromBody(@RequestBody Map<String, @Nullable Object> body) {
		List<Problems.FieldMessage> invalid = new ArrayList<>();
		Map<String, @Nullable String> parameters = new LinkedHashMap<>();
		for (Map.Entry<String, @Nullable Object> entry : body.entrySet()) {
			if (!EstimateQueries.PARAMETERS.contains(entry.getKey())) {
				invalid.add(new Problems.FieldMessage(entry.getKey(), "is not a field of the workload"));
				continue;
			}
			if (EstimateParameters.outOfRange(entry.getValue())) {
				invalid.add(new Problems.FieldMessage(entry.getKey(), "is a number out of range"));
				continue;
			}
			String value = EstimateParameters.text(entry.getValue());
			if (value == null && entry.getValue() != null) {
				invalid.add(new Problems.FieldMessage(entry.getKey(), "must be a string, a number, a boolean or a list"));
				continue;
			}
			parameters.put(entry.getKey(), value);
		}
		if (!invalid.isEmpty()) {
			return Problems.badRequest("Some fields are not valid.", invalid);
		}
		return priced(parameters);
	}

	private ResponseEntity<?> priced(Map<String, @Nullable String> parameters) {
		EstimateQueries.Outcome outcome = this.estimates.estimate(parameters);
		if (!outcome.valid()) {
			return Problems.badRequest("Some values are not valid.", outcome.errors().stream()
				.map((e) -> new Problems.FieldMessage(e.field(), e.message()))
				.toList());
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("preset", outcome.preset());
		json.put("workload", workload(outcome.workload()));
		json.put("results", outcome.results().stream().map(ApiController::priced).toList());
		return ResponseEntity.ok(json);
	}

	private static Map<String, @Nullable Object> provider(Provider p) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("slug", p.getSlug());
		json.put("name", p.getName());
		json.put("platformType", p.getPlatformType());
		json.put("pricingModel", p.getPricingModel().key());
		json.put("freeTier", p.getFreeTier().key());
		json.put("cheapestMonthlyUsd", p.getCheapestMonthlyUsd());
		json.put("cheapestAlwaysOn", p.getCheapestOffer());
		Map<String, @Nullable Object> alwaysOn = new LinkedHashMap<>();
		alwaysOn.put("amount", p.getAlwaysOnAmount());
		alwaysOn.put("currency", (p.getAlwaysOnCurrency() != null) ? p.getAlwaysOnCurrency().code() : null);
		alwaysOn.put("confidence", (p.getAlwaysOnConfidence() != null) ? p.getAlwaysOnConfidence().key() : null);
		alwaysOn.put("text", p.getAlwaysOnText());
		json.put("alwaysOnEstimate", alwaysOn);
		json.put("regionCount", p.getRegionCount());
		json.put("managedPostgres", p.isManagedPostgres());
		json.put("dockerfile", p.getDockerfileNeed().key());
		json.put("sleepsAfterMinutes", p.getSleepsAfterMinutes());
		json.put("deploymentMethods", p.getDeploymentMethods());
		json.put("lastVerified", p.getLastVerifiedText());
		json.put("links", JsonObject.of("self", "/api/providers/" + p.getSlug(), "page", "/providers/" + p.getSlug()));
		return json;
	}

	private static Map<String, Object> workload(@Nullable Workload workload) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (workload == null) {
			return json;
		}
		json.put("services", workload.services().stream().map((s) -> {
			Map<String, Object> service = new LinkedHashMap<>();
			service.put("name", s.name());
			service.put("instancesPerRegion", s.count());
			service.put("cpuKind", (s.cpuKind() != null) ? s.cpuKind().key() : "any");
			service.put("vcpus", s.vcpus());
			service.put("memoryMb", s.memoryMb());
			service.put("regions", s.areas().stream().map(Area::key).toList());
			service.put("hoursPerMonth", s.hoursPerMonth());
			service.put("cpuPercent", s.cpuPercent());
			service.put("imageGb", (s.imageGb() != null) ? s.imageGb() : "not given");
			return service;
		}).toList());
		json.put("storageGb", workload.storageGb());
		Map<String, Object> egress = new LinkedHashMap<>();
		workload.egressGb().entrySet().stream().sorted(Map.Entry.comparingByKey())
			.forEach((e) -> egress.put(e.getKey().key(), e.getValue().stripTrailingZeros()));
		json.put("egressGbPerRegion", egress);
		json.put("dedicatedIpv4", workload.dedicatedIpv4());
		json.put("postgresMemoryMb", (workload.postgresMemoryMb() != null) ? workload.postgresMemoryMb() : "none");
		json.put("allowSleep", workload.allowSleep());
		return json;
	}

	private static List<Map<String, @Nullable Object>> notes(List<EstimateQueries.PricedNote> notes) {
		return notes.stream().map((n) -> {
			Map<String, @Nullable Object> note = new LinkedHashMap<>();
			note.put("text", n.text());
			note.put("source", (n.citation() != null) ? ComparisonText.citation(n.citation()) : null);
			return note;
		}).toList();
	}

	private static Map<String, @Nullable Object> priced(EstimateQueries.Priced p) {
		Estimate e = p.estimate();
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("rank", p.rank());
		json.put("slug", e.slug());
		json.put("name", e.name());
		json.put("confidence", e.confidence().key());
		json.put("confidenceReasons", e.reasons());
		json.put("computePriced", e.computePriced());
		json.put("currency", e.currency().code());
		json.put("total", p.total());
		json.put("totalAmount", e.total());
		json.put("ceiling", p.ceiling());
		json.put("ceilingAmount", e.ceiling());
		json.put("lines", p.lines().stream().map((l) -> {
			Map<String, @Nullable Object> line = new LinkedHashMap<>();
			line.put("what", l.item().what());
			line.put("category", l.item().category().key());
			line.put("quantity", l.quantity());
			line.put("unit", l.item().unit());
			line.put("unitPrice", l.unitPrice());
			line.put("monthly", l.monthly());
			line.put("monthlyAmount", l.item().monthly());
			line.put("unverified", l.item().unverified());
			line.put("approximate", l.item().approximate());
			line.put("upperBound", l.item().upperBound());
			line.put("included", l.item().included());
			line.put("includedSource", (l.allowance() != null) ? ComparisonText.citation(l.allowance()) : null);
			line.put("source", (l.citation() != null) ? ComparisonText.citation(l.citation()) : null);
			return line;
		}).toList());
		json.put("regions", e.placements().stream().map((pl) -> {
			Map<String, @Nullable Object> placement = new LinkedHashMap<>();
			placement.put("area", pl.area().key());
			placement.put("region", pl.regionCode());
			placement.put("city", pl.regionCity());
			placement.put("distanceKm", pl.distanceKm());
			return placement;
		}).toList());
		json.put("decisions", notes(p.decisions()));
		json.put("warnings", e.warnings());
		json.put("blockers", notes(p.blockers()));
		json.put("assumptions", e.assumptions());
		return json;
	}

}
