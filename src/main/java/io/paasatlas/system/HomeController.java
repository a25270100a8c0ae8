package io.paasatlas.system;

import io.paasatlas.provider.ProviderCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the catalog is and where to start. */
@Controller
class HomeController {

	private final ProviderCatalog catalog;

	HomeController(ProviderCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("providers", this.catalog.all());
		model.addAttribute("total", this.catalog.count());
		return "home";
	}

}
