package io.paasatlas.deploy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.paasatlas.catalog.CatalogProperties;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.provider.Provider;
import io.paasatlas.provider.ProviderCatalog;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * The one service of deployment kits, for the page, the zip and the API: checks a form against the provider's
 * {@link KitRenderer} and renders the kit from the resulting {@link Deployment}.
 */
@Service
class DeployKits {

	private final ProviderCatalog catalog;

	private final Map<String, KitRenderer> renderers;

	private final DeployCost cost;

	private final CatalogProperties properties;

	private final Clock clock;

	DeployKits(ProviderCatalog catalog, List<KitRenderer> renderers, DeployCost cost, CatalogProperties properties,
			Clock clock) {
		this.catalog = catalog;
		this.renderers = renderers.stream().collect(Collectors.toMap(KitRenderer::slug, Function.identity()));
		this.cost = cost;
		this.properties = properties;
		this.clock = clock;
	}

	/** Every provider of the catalog, by name. */
	List<Provider> providers() {
		return this.catalog.all();
	}

	boolean hasKit(String slug) {
		return this.renderers.containsKey(slug);
	}

	/** The provider's profile; an unknown slug is a {@code ProviderNotFoundException} (404). */
	ProviderProfile profile(String slug) {
		return this.catalog.profile(slug);
	}

	Optional<KitRenderer> renderer(String slug) {
		return Optional.ofNullable(this.renderers.get(slug));
	}

	Facts facts(ProviderProfile profile) {
		return new Facts(profile, this.properties.staleAfter(), LocalDate.now(this.clock));
	}

	/** The kit the form describes, or {@code null} with each bad field rejected on {@code errors}. */
	@Nullable Kit kit(DeployForm form, KitRenderer renderer, Facts facts, Errors errors) {
		Deployment deployment = form.describe(renderer, facts, errors);
		return (deployment != null) ? kit(deployment, renderer, facts) : null;
	}

	Kit kit(Deployment deployment, KitRenderer renderer, Facts facts) {
		Size size = renderer.size(deployment.memoryMb(), facts).orElseThrow();
		KitRenderer.Rendered rendered = renderer.render(deployment, size, facts);
		Limits limits = renderer.limits();
		List<KitFile> files = new ArrayList<>(AppFiles.files(deployment, limits.runsServer(), facts));
		files.addAll(rendered.files());
		KitCost price = this.cost.price(deployment, size, limits);
		Kit kit = new Kit(deployment, size, files, rendered.steps(), rendered.notes(), price);
		files.add(0, KitReadme.file(kit, limits.runsServer(), facts));
		return new Kit(deployment, size, files, rendered.steps(), rendered.notes(), price);
	}

}
