package io.paasatlas.provider;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import io.paasatlas.catalog.CatalogProperties;
import io.paasatlas.catalog.Currency;
import io.paasatlas.geography.RegionAtlas;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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

	static final String HISTORY_VIEW = "providers/history";

	private final ProviderCatalog catalog;

	private final CatalogProperties properties;

	private final java.time.Clock clock;

	private final RegionAtlas regions;

	private final AlwaysOnEstimate alwaysOn;

	/**
	 * @param regions the regions atlas, for the page's latency reach
	 * @param alwaysOn the table's always-on estimate, for the link to it
	 */
	ProviderController(ProviderCatalog catalog, CatalogProperties properties, java.time.Clock clock,
			RegionAtlas regions, AlwaysOnEstimate alwaysOn) {
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
		this.regions = regions;
		this.alwaysOn = alwaysOn;
	}

	/** The form sends "" for "any": read blank values as absent. */
	@InitBinder("filter")
	void trimBlankFilterValues(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/** What the table sorts on, for the form's choice. */
	@ModelAttribute("sorts")
	java.util.List<ProviderSort> sorts() {
		return java.util.Arrays.asList(ProviderSort.values());
	}

	/** The table's columns, in page order: each one's header sorts by it. */
	@ModelAttribute("columns")
	java.util.List<ProviderSort> columns() {
		return ProviderSort.columns();
	}

	/** Where the always-on column's estimate is shown line by line. */
	@ModelAttribute("alwaysOnLink")
	String alwaysOnLink() {
		return this.alwaysOn.link();
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
		Page<Provider> providers = this.catalog.list(filter);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("providers", providers);
		model.addAttribute("ages", providers.stream().collect(Collectors.toMap(Provider::getSlug,
				(p) -> VerificationAge.of(p.getLastVerified(), today, this.properties.staleAfter()))));
		if (filter.maxPriceAmount() != null) {
			model.addAttribute("otherCurrencies", this.catalog.all().stream()
				.filter((p) -> p.getAlwaysOnCurrency() != null && p.getAlwaysOnCurrency() != Currency.USD)
				.toList());
		}
		return LIST_VIEW;
	}

	@GetMapping("/providers/{slug}")
	String show(@PathVariable String slug, Model model) {
		ProviderPage page = page(slug, model);
		model.addAttribute("reach", this.regions.reach(page.getProfile()));
		return DETAIL_VIEW;
	}

	/** The provider's dated history: kept off its page, which stays light, and linked from each section. */
	@GetMapping("/providers/{slug}/history")
	String history(@PathVariable String slug, Model model) {
		page(slug, model);
		return HISTORY_VIEW;
	}

	private ProviderPage page(String slug, Model model) {
		Map<String, String> names = this.catalog.all().stream()
			.collect(Collectors.toMap(Provider::getSlug, Provider::getName));
		ProviderPage page = new ProviderPage(this.catalog.profile(slug), this.properties.staleAfter(),
				LocalDate.now(this.clock), names);
		model.addAttribute("page", page);
		model.addAttribute("profile", page.getProfile());
		return page;
	}

}
