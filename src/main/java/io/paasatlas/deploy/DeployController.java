package io.paasatlas.deploy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.provider.Provider;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /deploy}: a GET form whose every input is in the query string; for a provider with a kit it shows every
 * file with its annotations, the commands and the monthly cost, and {@code /deploy/{slug}.zip} downloads the same
 * kit. Bad input re-renders the form with each field's message and status 400; an unknown provider is the 404 page;
 * a provider without a kit gets a page that says so, and why ({@link NoKit}).
 */
@Controller
class DeployController {

	static final String VIEW = "deploy/deploy";

	private final DeployKits kits;

	private final SpringValidatorAdapter validator;

	DeployController(DeployKits kits, jakarta.validation.Validator validator) {
		this.kits = kits;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** The provider picker: every provider, which have a kit, and their names for the page of one without. */
	@ModelAttribute
	void providers(Model model) {
		List<Provider> providers = this.kits.providers();
		List<Provider> withKit = providers.stream().filter((p) -> this.kits.hasKit(p.getSlug())).toList();
		model.addAttribute("providers", providers);
		model.addAttribute("kitSlugs", withKit.stream().map(Provider::getSlug).collect(Collectors.toSet()));
		model.addAttribute("kitNames", withKit.stream().map(Provider::getName).collect(Collectors.joining(", ")));
	}

	@GetMapping("/deploy")
	String page(@Valid @ModelAttribute("form") DeployForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (form.provider() == null || form.provider().isBlank()) {
			return VIEW;
		}
		Kit kit = prepare(form.provider().strip(), form, result, model);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("kit", kit);
		return VIEW;
	}

	/** The kit as a zip; a provider without a kit is a 404 page, bad input the form with status 400. */
	@GetMapping("/deploy/{slug}.zip")
	@Nullable ModelAndView zip(@PathVariable String slug, @ModelAttribute("query") DeployForm query, Model model,
			HttpServletResponse response) throws IOException {
		// the path names the provider; the form and its errors go to the page under the page's name, "form"
		DeployForm form = new DeployForm(slug, query.name(), query.python(), query.entry(), query.server(),
				query.memoryMb(), query.regions(), query.postgres(), query.worker(), query.cron());
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		this.validator.validate(form, result);
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		Kit kit = prepare(slug, form, result, model);
		if (kit == null) {
			response.setStatus(result.hasErrors() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_NOT_FOUND);
			return new ModelAndView(VIEW, model.asMap());
		}
		byte[] zip = KitZip.bytes(kit, this.kits.facts(form, slug).today());
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(kit.deployment().name() + "-" + slug + ".zip").build().toString());
		response.setContentLength(zip.length);
		response.getOutputStream().write(zip);
		return null;
	}

	/** Fills the model for the form of this provider; the kit when the form is valid and the provider has one. */
	private @Nullable Kit prepare(String slug, DeployForm form, BindingResult result, Model model) {
		Facts facts = this.kits.facts(form, slug);
		ProviderProfile profile = facts.profile();
		model.addAttribute("profile", profile);
		KitRenderer renderer = this.kits.renderer(slug).orElse(null);
		if (renderer == null) {
			model.addAttribute("noKit", NoKit.of(facts).orElse(null));
			return null;
		}
		model.addAttribute("regionChoices", renderer.regions(profile));
		model.addAttribute("selectedRegions", new HashSet<>(Arrays.asList(form.regionCodes(renderer))));
		model.addAttribute("memoryChoices", DeployForm.MEMORY_CHOICES);
		model.addAttribute("pythonVersions", Arrays.stream(PythonVersion.values()).map(PythonVersion::text).toList());
		model.addAttribute("servers", Arrays.stream(WsgiServer.values()).map(WsgiServer::key).toList());
		List<String> cron = new ArrayList<>(List.of(DeployForm.NO_CRON));
		Arrays.stream(CronSchedule.values()).filter(renderer.limits().cron()::contains).map(CronSchedule::key)
			.forEach(cron::add);
		model.addAttribute("cronChoices", cron);
		model.addAttribute("runsServer", renderer.limits().runsServer());
		return result.hasErrors() ? null : this.kits.kit(form, renderer, facts, result);
	}

}
