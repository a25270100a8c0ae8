package io.paasatlas.advisor;

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
 * The project-fit advisor: a GET form whose every input is in the query string ({@code /advisor?preset=qrcards}).
 * A bad input re-renders the form with a message on each bad field and status 400.
 */
@Controller
class AdvisorController {

	static final String VIEW = "advisor/advisor";

	private final Advisor advisor;

	AdvisorController(Advisor advisor) {
		this.advisor = advisor;
	}

	@ModelAttribute("areas")
	List<Area> areas() {
		return Arrays.asList(Area.values());
	}

	@ModelAttribute("presets")
	List<AdvisorPreset> presets() {
		return Arrays.asList(AdvisorPreset.values());
	}

	@GetMapping("/advisor")
	String advise(@Valid @ModelAttribute("form") AdvisorForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		Needs needs = form.toNeeds();
		model.addAttribute("needs", needs);
		model.addAttribute("advice", this.advisor.advise(needs));
		return VIEW;
	}

}
