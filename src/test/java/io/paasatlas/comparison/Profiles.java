package io.paasatlas.comparison;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import io.paasatlas.catalog.CatalogReader;
import io.paasatlas.catalog.CatalogReport;
import io.paasatlas.catalog.ProfileRules;
import io.paasatlas.catalog.ProviderProfile;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * Small valid profiles for tests, read from YAML by the catalog's own reader and checks, so that a fixture is
 * exactly what a data file could say. A profile starts from minimal defaults; each block given replaces the
 * top-level key it starts with.
 */
final class Profiles {

	private static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	private static final CatalogReader reader = new CatalogReader(validator,
			new ProfileRules(Clock.systemDefaultZone()));

	private Profiles() {
	}

	/** A profile of this slug and name; each block ({@code "pricing:\n  model: …"}) replaces a default. */
	static ProviderProfile profile(String slug, String name, String... blocks) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("slug", "slug: " + slug);
		parts.put("name", "name: \"" + name + "\"");
		parts.put("website", "website: https://example.com/" + slug);
		parts.put("last_verified", "last_verified: \"2025-06-01\"");
		parts.put("sources", """
				sources:
				  docs:
				    title: "%s docs"
				    url: https://example.com/%s/docs
				    as_of: "2025-05-01"
				  blog:
				    title: "A blog"
				    url: https://blog.example.com/
				    as_of: "2024-01"
				    unverified: true""".formatted(name, slug));
		parts.put("identity", """
				identity:
				  platform_type: PaaS
				  overview: A platform.""");
		parts.put("pricing", """
				pricing:
				  model: usage-based
				  billing_granularity: per second
				  free_tier:
				    status: none
				  source: docs""");
		parts.put("deployment", "deployment: {}");
		parts.put("regions", "regions: {}");
		parts.put("verdict", """
				verdict:
				  summary: A verdict.
				  source: docs""");
		for (String block : blocks) {
			String text = block.stripIndent().strip();
			parts.put(text.substring(0, text.indexOf(':')), text);
		}
		String yaml = String.join("\n", parts.values()) + "\n";
		TreeMap<String, String> files = new TreeMap<>();
		files.put(slug + ".yaml", yaml);
		CatalogReport report = reader.read("fixture", files);
		if (!report.valid()) {
			throw new IllegalArgumentException(report.describe() + "\n" + yaml);
		}
		return report.profiles().get(0);
	}

	/** A profile with only the defaults. */
	static ProviderProfile minimal(String slug, String name) {
		return profile(slug, name);
	}

}
