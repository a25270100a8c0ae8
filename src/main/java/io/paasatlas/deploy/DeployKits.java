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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one service of deployment kits, for the page, the zip and the API: checks a form against the provider's
 * {@link KitRenderer} and renders the kit from the resulting {@link Deployment}. A request describes its form once,
 * in its validation ({@link Deployable}), and uses that description and its {@link Facts} for the kit.
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

	/** The facts of the provider {@code slug}: those the form was described with in this request, else new ones. */
	Facts facts(DeployForm form, String slug) {
		Described described = Described.of(form);
		return (described != null && described.facts().profile().slug().equals(slug)) ? described.facts()
				: facts(profile(slug));
	}

	/** {@link DeployForm#describe}, kept for the rest of the request so that {@link #kit} need not describe again. */
	@Nullable Deployment describe(DeployForm form, KitRenderer renderer, Facts facts, Errors errors) {
		Deployment deployment = form.describe(renderer, facts, errors);
		new Described(form, facts, deployment).keep();
		return deployment;
	}

	/**
	 * The kit the form describes, or {@code null} with each bad field rejected on {@code errors}: from the valid
	 * description made with these facts in this request, else described now (outside a request, say).
	 */
	@Nullable Kit kit(DeployForm form, KitRenderer renderer, Facts facts, Errors errors) {
		Described described = Described.of(form);
		Deployment deployment = (described != null && described.facts() == facts && described.deployment() != null)
				? described.deployment() : describe(form, renderer, facts, errors);
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

	/**
	 * A form's description in one request. A request attribute, because the validator is shared by every request
	 * and the form, a record, has no room for it; keyed by the form instance, the one validated.
	 */
	private record Described(DeployForm form, Facts facts, @Nullable Deployment deployment) {

		private static final String ATTRIBUTE = Described.class.getName();

		/** Keeps this for the request; outside a request, nothing. */
		void keep() {
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			if (request != null) {
				request.setAttribute(ATTRIBUTE, this, RequestAttributes.SCOPE_REQUEST);
			}
		}

		/** The description of this very form kept in this request, if any. */
		static @Nullable Described of(DeployForm form) {
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			Object kept = (request != null) ? request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) : null;
			return (kept instanceof Described described && described.form() == form) ? described : null;
		}

	}

}
