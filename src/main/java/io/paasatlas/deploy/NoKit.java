package io.paasatlas.deploy;

import java.util.Map;
import java.util.Optional;

import io.paasatlas.catalog.Citation;

/**
 * Why a provider of the catalog has no kit, and the profile fact the reason rests on: its documentation defines no
 * file that describes a deployment, or not one our sources let a kit fill in. Shown on the page of a provider without
 * a kit.
 */
record NoKit(String reason, Citation source) {

	/** By slug: the source id in the provider's profile, then the reason. */
	private static final Map<String, String[]> REASONS = Map.of(
			"aws-app-runner", new String[] { "ar-availability", "App Runner is no longer open to new customers: a new "
					+ "account cannot create the service a kit would deploy. Existing customers describe a Python service "
					+ "in apprunner.yaml (see the profile's deployment steps)." },
			"northflank", new String[] { "nf-docs-getting-started", "The sources of the Northflank profile configure a "
					+ "service in the UI, the CLI or the API; none of them defines a file in the repository that "
					+ "describes the deployment." },
			"azure-app-service", new String[] { "az-python", "App Service configures a Python app with app settings "
					+ "and a startup command (set in the portal or with az webapp), and Oryx builds it from "
					+ "requirements.txt: there is no deployment file in the repository to generate." },
			"zeabur", new String[] { "zbpack-python", "Zeabur's build tool, zbpack, detects a Flask app without any "
					+ "file and serves it with gunicorn; the service's size and region are dashboard settings, so there "
					+ "is no deployment file to generate." },
			"coolify", new String[] { "coolify-nixpacks", "Coolify is self-hosted: the app runs on a server you install "
					+ "Coolify on and is configured in its dashboard, and its default Nixpacks build pack needs no file "
					+ "beyond requirements.txt." });

	static Optional<NoKit> of(Facts facts) {
		String[] reason = REASONS.get(facts.profile().slug());
		return (reason != null) ? Optional.of(new NoKit(reason[1], facts.source(reason[0]))) : Optional.empty();
	}

}
