package io.paasatlas.provider;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import io.paasatlas.catalog.CatalogProperties;
import io.paasatlas.region.RegionAtlas;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The catalog table and the provider pages. */
@Controller
class ProviderController {

	static final String LIST_VIEW = "providers/list";

	static final String DETAIL_VIEW = "providers/detail";

	private final ProviderCatalog catalog;

	private final CatalogProperties properties;

	private final java.time.Clock clock;

	private final ObjectProvider<RegionAtlas> regions;

	/** @param regions the regions atlas, for the page's latency reach; without it the page has none */
	ProviderController(ProviderCatalog catalog, CatalogProperties properties, java.time.Clock clock,
			ObjectProvider<RegionAtlas> regions) {
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
		this.regions = regions;
	}

	/** The form sends "" for "any": read blank values as absent. */
	@InitBinder("filter")
	void trimBlankFilterValues(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/providers")
	String list(@Valid @ModelAttribute("filter") ProviderFilter filter, BindingResult result, Model model,
			HttpServletResponse response) {
		model.addAttribute("total", this.catalog.count());
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("providers", Page.empty());
			return LIST_VIEW;
		}
		model.addAttribute("providers", this.catalog.list(filter));
		return LIST_VIEW;
	}

	@GetMapping("/providers/{slug}")
	String show(@PathVariable String slug, Model model) {
		Map<String, String> names = this.catalog.all().stream()
			.collect(Collectors.toMap(Provider::getSlug, Provider::getName));
		ProviderPage page = new ProviderPage(this.catalog.profile(slug), this.properties.staleAfter(),
				LocalDate.now(this.clock), names);
		model.addAttribute("page", page);
		model.addAttribute("profile", page.getProfile());
		this.regions.ifAvailable((atlas) -> model.addAttribute("reach", atlas.reach(page.getProfile())));
		return DETAIL_VIEW;
	}

}
