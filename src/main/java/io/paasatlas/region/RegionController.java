package io.paasatlas.region;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.paasatlas.catalog.CatalogProperties;
import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.Continent;
import io.paasatlas.catalog.Notes;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.geography.Audience;
import io.paasatlas.geography.AudiencePlan;
import io.paasatlas.geography.RegionAtlas;
import io.paasatlas.provider.SlugList;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code /regions}: the atlas of some providers ({@code ?providers=fly-io,render}; all without the parameter).
 * A malformed or repeated slug is a 400, a slug not in the catalog a 404, each page saying what is wrong and still
 * offering the picker. {@code /regions/users}: the form where a user says where their users are; a wrong metro,
 * continent, weight, time or goal is a 400 that says which.
 */
@Controller
class RegionController {

	static final String ATLAS_VIEW = "regions/atlas";

	static final String USERS_VIEW = "regions/users";

	private final RegionAtlas atlas;

	private final CatalogProperties properties;

	private final Clock clock;

	RegionController(RegionAtlas atlas, CatalogProperties properties, Clock clock) {
		this.atlas = atlas;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/regions")
	String atlas(@Valid @ModelAttribute("form") RegionsForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		List<String> slugs = form.given() ? form.slugs()
				: this.atlas.providers().stream().map(ProviderProfile::slug).toList();
		model.addAttribute("choices", choices(slugs));
		boolean invalid = result.hasErrors();
		SlugList.rejectUnknown(slugs, (s) -> this.atlas.provider(s).isPresent(), "atlas.error", result);
		if (result.hasErrors()) {
			response.setStatus(invalid ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_NOT_FOUND);
			return ATLAS_VIEW;
		}
		List<ProviderProfile> shown = slugs.stream().map((s) -> this.atlas.provider(s).orElseThrow()).toList();
		LocalDate today = LocalDate.now(this.clock);
		List<Citations> citations = shown.stream()
			.map((p) -> new Citations(p, this.properties.staleAfter(), today))
			.toList();
		model.addAttribute("page", AtlasPage.of(shown, citations, this.atlas.map(shown),
				shown.stream().map(this.atlas::reach).toList(), this.atlas.latency(), this.atlas.metros()));
		model.addAttribute("notes", new Notes("n"));
		return ATLAS_VIEW;
	}

	@GetMapping("/regions/users")
	String users(@Valid @ModelAttribute("usersForm") UsersForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		UsersForm.Parsed parsed = form.parse(this.atlas.metros());
		Set<String> checked = new LinkedHashSet<>();
		parsed.metroWeights().keySet().forEach((m) -> checked.add(m.id()));
		List<UsersPage.ContinentWeight> weights = new ArrayList<>();
		for (Continent continent : Continent.values()) {
			weights.add(new UsersPage.ContinentWeight(continent, parsed.continentWeight(continent)));
		}
		Audience audience = null;
		List<AudiencePlan> plans = List.of();
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		else if (form.given()) {
			audience = Audience.of(parsed.metroWeights(), parsed.continentWeights(), this.atlas.metros());
			plans = this.atlas.plans(audience, parsed.within(), parsed.goal() / 100.0);
		}
		model.addAttribute("page", new UsersPage(this.atlas.metros().byContinent(), checked, weights,
				parsed.within(), parsed.goal(), audience, plans, this.atlas.latency(), this.atlas.metros().source()));
		return USERS_VIEW;
	}

	/**
	 * The picker's checkboxes: the providers shown first, checked and in their order; then every other provider of
	 * the catalog by name.
	 */
	List<Choice> choices(List<String> slugs) {
		List<Choice> choices = new ArrayList<>();
		for (String slug : slugs) {
			this.atlas.provider(slug)
				.filter((p) -> choices.stream().noneMatch((c) -> c.slug().equals(slug)))
				.ifPresent((p) -> choices.add(new Choice(p.slug(), p.name(), true)));
		}
		for (ProviderProfile profile : this.atlas.providers()) {
			if (!slugs.contains(profile.slug())) {
				choices.add(new Choice(profile.slug(), profile.name(), false));
			}
		}
		return choices;
	}

	/** A checkbox of the picker. */
	public record Choice(String slug, String name, boolean checked) {
	}

}
