package io.paasatlas.estimate;

import io.paasatlas.pricing.Area;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.paasatlas.provider.Provider;
import io.paasatlas.provider.ProviderCatalog;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The cost estimate: a GET form whose every input is in the query string, so that an estimate is a link to share
 * ({@code /estimate?preset=global-flask&instances=2}). A bad input re-renders the form with a message on each bad
 * field and status 400.
 */
@Controller
class EstimateController {

	static final String VIEW = "estimate/estimate";

	private final ProviderCatalog catalog;

	private final Estimator estimator;

	EstimateController(ProviderCatalog catalog, Estimator estimator) {
		this.catalog = catalog;
		this.estimator = estimator;
	}

	@ModelAttribute("areas")
	List<Area> areas() {
		return Arrays.asList(Area.values());
	}

	@ModelAttribute("presets")
	List<WorkloadPreset> presets() {
		return Arrays.asList(WorkloadPreset.values());
	}

	@GetMapping("/estimate")
	String estimate(@Valid @ModelAttribute("form") EstimateForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		List<Provider> providers = this.catalog.all();
		model.addAttribute("catalogProviders", providers);
		rejectUnknownProviders(form, providers, result);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		model.addAttribute("results", this.estimator.estimate(form));
		return VIEW;
	}

	private static void rejectUnknownProviders(EstimateForm form, List<Provider> providers, BindingResult result) {
		if (result.hasFieldErrors("providers")) {
			return;
		}
		Set<String> known = providers.stream().map(Provider::getSlug).collect(Collectors.toSet());
		List<String> unknown = form.providerSlugs().stream().filter((slug) -> !known.contains(slug)).toList();
		if (!unknown.isEmpty()) {
			result.rejectValue("providers", "estimate.error.providers.unknown",
					new Object[] { String.join(", ", unknown) }, "unknown provider");
		}
	}

}
