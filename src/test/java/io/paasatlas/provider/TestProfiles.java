package io.paasatlas.provider;

import java.util.ArrayList;
import java.util.List;

import io.paasatlas.catalog.CatalogFixtures;
import io.paasatlas.catalog.ProviderProfile;

/**
 * Small valid profiles for the provider tests, written as YAML and read by the real reader, so that they pass the
 * same checks as the data files.
 */
final class TestProfiles {

	private final String slug;

	private String name;

	private String platformType = "Regional PaaS";

	private String model = "usage-based";

	private String freeTier = "none";

	private String lastVerified = "2026-11-01";

	private final List<String> offers = new ArrayList<>();

	private final List<String> regions = new ArrayList<>();

	private final List<String> methods = new ArrayList<>(List.of("{name: Dockerfile, support: \"yes\"}"));

	private String dockerfile = "";

	private final List<String> instances = new ArrayList<>();

	private final List<String> postgres = new ArrayList<>();

	private TestProfiles(String slug) {
		this.slug = slug;
		this.name = slug;
	}

	static TestProfiles provider(String slug) {
		return new TestProfiles(slug);
	}

	TestProfiles name(String name) {
		this.name = name;
		return this;
	}

	TestProfiles platformType(String platformType) {
		this.platformType = platformType;
		return this;
	}

	TestProfiles model(String model) {
		this.model = model;
		return this;
	}

	TestProfiles freeTier(String freeTier) {
		this.freeTier = freeTier;
		return this;
	}

	TestProfiles lastVerified(String lastVerified) {
		this.lastVerified = lastVerified;
		return this;
	}

	/** An always-on offer at this monthly price ({@code 5}, {@code "~2-3"}, {@code unknown}). */
	TestProfiles offer(String preset, String monthlyUsd) {
		this.offers.add("{preset: " + preset + ", memory_mb: 512, monthly_usd: \"" + monthlyUsd + "\"}");
		return this;
	}

	/** An offer that sleeps without traffic. */
	TestProfiles sleepingOffer(String preset, String monthlyUsd) {
		this.offers.add("{preset: " + preset + ", monthly_usd: \"" + monthlyUsd + "\", always_on: false}");
		return this;
	}

	/** An offer known only from a third party. */
	TestProfiles unverifiedOffer(String preset, String monthlyUsd) {
		this.offers.add("{preset: " + preset + ", monthly_usd: \"" + monthlyUsd + "\", source: blog}");
		return this;
	}

	TestProfiles region(String code, String continent) {
		return region(code, continent, "current");
	}

	TestProfiles region(String code, String continent, String status) {
		this.regions.add("{code: " + code + ", city: City " + code + ", country: Country, continent: " + continent
				+ ", latitude: 10.5, longitude: -20.25, status: " + status + "}");
		return this;
	}

	TestProfiles method(String name, String support) {
		this.methods.add("{name: " + name + ", support: \"" + support + "\"}");
		return this;
	}

	/** Whether a Python web app's deployment takes a Dockerfile: {@code required}, {@code not-needed}… */
	TestProfiles dockerfile(String need) {
		this.dockerfile = "\n  dockerfile: {need: " + need + "}";
		return this;
	}

	/** A priced instance in the billing section that sleeps after this many idle minutes. */
	TestProfiles sleepingInstance(String name, int minutes) {
		this.instances.add("{name: " + name + ", monthly_usd: 0, sleeps_after_minutes: " + minutes + "}");
		return this;
	}

	/** A managed PostgreSQL plan in the billing section. */
	TestProfiles postgresPlan(String name, String monthlyUsd) {
		this.postgres.add("{name: " + name + ", monthly_usd: " + monthlyUsd + "}");
		return this;
	}

	String yaml() {
		return """
				slug: %s
				name: "%s"
				website: https://%s.example.com/
				last_verified: "%s"
				sources:
				  docs: {title: "Docs", url: "https://example.com/docs", as_of: "2026-10"}
				  blog: {title: "A blog", url: "https://blog.example.org/", as_of: "2026-06", unverified: true}
				identity:
				  platform_type: "%s"
				  overview: A provider for tests.
				  source: docs
				pricing:
				  model: %s
				  billing_granularity: Per second
				  source: docs
				  free_tier: {status: %s}
				  compute_offers: [%s]
				deployment:
				  source: docs
				  methods: [%s]%s
				regions:
				  source: docs
				  list: [%s]
				verdict: {summary: A provider for tests.}
				""".formatted(this.slug, this.name, this.slug, this.lastVerified, this.platformType, this.model,
				this.freeTier, String.join(", ", this.offers), String.join(", ", this.methods), this.dockerfile,
				String.join(", ", this.regions))
				+ ((this.instances.isEmpty() && this.postgres.isEmpty()) ? "" : """
						billing:
						  source: docs
						  granularity: month
						  instances: [%s]
						  postgres: [%s]
						""".formatted(String.join(", ", this.instances), String.join(", ", this.postgres)));
	}

	ProviderProfile build() {
		return CatalogFixtures.profile(this.slug + ".yaml", yaml());
	}

}
