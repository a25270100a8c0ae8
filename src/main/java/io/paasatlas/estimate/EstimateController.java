package io.paasatlas.estimate;

import java.util.Arrays;
import java.util.List;

import io.paasatlas.pricing.Area;
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

	private final EstimateQueries estimates;

	EstimateController(EstimateQueries estimates) {
		this.estimates = estimates;
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
		model.addAttribute("catalogProviders", this.estimates.providers());
		String unknown = result.hasFieldErrors("providers") ? null : this.estimates.unknownProviders(form);
		if (unknown != null) {
			result.rejectValue("providers", "estimate.error.providers.unknown", new Object[] { unknown },
					"unknown provider");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		model.addAttribute("results", this.estimates.page(form));
		return VIEW;
	}

}
