package io.paasatlas.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.paasatlas.catalog.ProviderProfile;

import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The kits the tests generate: for each provider with a kit, its defaults, and one with every option on (a
 * database, a worker, a cron job where the provider runs them, as many regions as it allows up to three, waitress, the oldest Python it offers
 * (3.10 for most), 1 GB, a dotted entry point and another name).
 */
final class KitCases {

	static final List<String> PROVIDERS = List.of("fly-io", "render", "railway", "heroku", "pythonanywhere",
			"digitalocean-app-platform", "scalingo", "upsun", "clever-cloud", "google-cloud-run", "koyeb", "sevalla");

	static final Map<String, String> REGIONS = Map.ofEntries(Map.entry("fly-io", "iad,lhr,sin"),
			Map.entry("render", "frankfurt"), Map.entry("railway", "us-west2,europe-west4-drams3a"),
			Map.entry("heroku", "eu"), Map.entry("pythonanywhere", "eu"), Map.entry("digitalocean-app-platform", "fra"),
			Map.entry("scalingo", "osc-fr1"), Map.entry("upsun", "ch-1"), Map.entry("clever-cloud", "ldn"),
			Map.entry("google-cloud-run", "europe-west1"), Map.entry("koyeb", "fra,par,sin"),
			Map.entry("sevalla", "frankfurt"));

	/** The providers without cron jobs: their "everything" case has none. */
	static final Set<String> WITHOUT_CRON = Set.of("koyeb");

	/** The oldest Python each provider offers, where it is not 3.10. */
	static final Map<String, String> OLDEST_PYTHON = Map.of("scalingo", "3.11");

	private KitCases() {
	}

	/** The query parameters of each case, named {@code slug/defaults} and {@code slug/everything}. */
	static Map<String, Map<String, String>> queries() {
		Map<String, Map<String, String>> cases = new LinkedHashMap<>();
		for (String slug : PROVIDERS) {
			cases.put(slug + "/defaults", Map.of("provider", slug));
			Map<String, String> everything = new LinkedHashMap<>();
			everything.put("provider", slug);
			everything.put("name", "shop-api");
			everything.put("python", OLDEST_PYTHON.getOrDefault(slug, "3.10"));
			everything.put("entry", "web.main:application");
			everything.put("server", "waitress");
			everything.put("memoryMb", "1024");
			everything.put("regions", REGIONS.get(slug));
			everything.put("postgres", "true");
			everything.put("worker", "true");
			everything.put("cron", WITHOUT_CRON.contains(slug) ? DeployForm.NO_CRON : "daily");
			cases.put(slug + "/everything", everything);
		}
		return cases;
	}

	/** The form of a query, as the page binds it. */
	static DeployForm form(Map<String, String> query) {
		return new DeployForm(query.get("provider"), query.get("name"), query.get("python"), query.get("entry"),
				query.get("server"), query.get("memoryMb"), query.get("regions"), query.get("postgres"),
				query.get("worker"), query.get("cron"));
	}

	/** The kit of a query; fails when the query is not valid. */
	static Kit kit(DeployKits kits, Map<String, String> query) {
		DeployForm form = form(query);
		ProviderProfile profile = kits.profile(form.provider());
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Kit kit = kits.kit(form, kits.renderer(form.provider()).orElseThrow(), kits.facts(profile), errors);
		if (kit == null) {
			throw new AssertionError(query + ": " + errors.getAllErrors());
		}
		return kit;
	}

	/** Every case's kit. */
	static List<Kit> all(DeployKits kits) {
		List<Kit> all = new ArrayList<>();
		queries().values().forEach((q) -> all.add(kit(kits, q)));
		return all;
	}

}
