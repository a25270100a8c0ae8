package io.paasatlas.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Koyeb: the Procfile of Koyeb's Flask example, built by Koyeb's buildpacks, and the {@code koyeb} CLI commands that
 * set everything else (instance type, regions, port, route, health check, secrets), because Koyeb documents no other
 * file in the repository. Facts come from {@code data/providers/koyeb.yaml}: the example (source
 * {@code koyeb-example-flask}) and the CLI flag references Koyeb generates from {@code koyeb --help}
 * ({@code koyeb-skills-*}).
 */
@Component
class KoyebKit implements KitRenderer {

	/** The port the kit's service exposes and the Procfile binds (Koyeb's examples use 8000). */
	static final int PORT = 8000;

	/** Where Database Services run (koyeb-databases-docs). */
	static final Set<String> DATABASE_REGIONS = Set.of("fra", "was", "sin");

	/** The metropolitan regions with Standard instance types; continental and database-only regions are left out. */
	static final Set<String> SERVICE_REGIONS = Set.of("fra", "was", "sin", "tyo", "par", "sfo");

	@Override
	public String slug() {
		return "koyeb";
	}

	/**
	 * The CLI's default region is was; --regions can be repeated, one instance per region; the database is the Small
	 * Database Service (1 GB). No cron feature is in our sources ({@link #check} refuses a cron job).
	 */
	@Override
	public Limits limits() {
		return Limits.of("was").withMaxRegions(SERVICE_REGIONS.size()).withPostgresMemoryMb(1024);
	}

	@Override
	public List<Region> regions(ProviderProfile profile) {
		return KitRenderer.super.regions(profile).stream().filter((r) -> SERVICE_REGIONS.contains(r.code())).toList();
	}

	/** The smallest Standard instance type with the memory (the free instance sleeps; Eco types run in three regions). */
	@Override
	public Optional<Size> size(int memoryMb, Facts facts) {
		return Size.smallestOffer(facts, memoryMb, (o) -> !o.preset().startsWith("eco-"));
	}

	@Override
	public void check(Deployment deployment, Errors errors) {
		if (deployment.cron() != null) {
			errors.rejectValue("cron", "deploy.error.cron.none", new Object[] { deployment.provider().name() },
					"no cron jobs");
		}
		KitRenderer.checkDatabaseRegion(deployment, DATABASE_REGIONS, errors);
	}

	@Override
	public Rendered render(Deployment d, Size size, Facts facts) {
		String web = webCommand(d);
		KitFile procfile = Lines.plain().line("web: " + web)
			.note(new Annotation("web", web, d.server().key() + " serves " + d.entry().text() + " on the port in PORT, "
					+ "as the web process of Koyeb's Flask example does", facts.source("koyeb-example-flask")))
			.file("Procfile", "text");
		return new Rendered(List.of(procfile), steps(d, size, facts), notes(d, facts));
	}

	/** The Procfile's web process: the server on {@code 0.0.0.0:$PORT}. */
	static String webCommand(Deployment d) {
		return d.webShellCommand();
	}

	/** The flags of {@code koyeb deploy} for the web service, in the order the flag reference lists them. */
	static String deployFlags(Deployment d, Size size) {
		return "--instance-type " + size.id()
				+ d.regions().stream().map((r) -> " --regions " + r.code()).collect(Collectors.joining())
				+ " --ports " + PORT + ":http --routes /:" + PORT + " --checks " + PORT + ":http:" + Deployment.HEALTH_PATH
				+ " --env PORT=" + PORT + " --env SECRET_KEY={{secret." + secretName(d) + "}}";
	}

	static String secretName(Deployment d) {
		return d.name() + "-secret-key";
	}

	private static List<Step> steps(Deployment d, Size size, Facts facts) {
		List<Step> steps = new ArrayList<>();
		steps.add(new Step("secrets", "Secrets", String.join("\n",
				"koyeb login",
				"python3 -c 'import secrets; print(secrets.token_hex(32), end=\"\")' | koyeb secrets create "
						+ secretName(d) + " --value-from-stdin   # read by the service as {{secret." + secretName(d) + "}}"),
				facts.source("koyeb-skills-secrets-flags")));
		steps.add(new Step("first-deploy", "First deploy", String.join("\n",
				"# uploads this folder; Koyeb's buildpacks install requirements.txt and run the Procfile's web process",
				"koyeb deploy . " + d.name() + "/web " + deployFlags(d, size)),
				facts.source("koyeb-skills-deploy-flags")));
		if (d.worker()) {
			steps.add(new Step("worker", "Worker", "koyeb deploy . " + d.name() + "/worker --type worker --instance-type "
					+ size.id() + " --regions " + d.primary().code() + " --archive-buildpack-run-command \""
					+ Deployment.WORKER_COMMAND + "\"", facts.source("koyeb-skills-deploy-flags")));
		}
		if (d.postgres()) {
			steps.add(new Step("database", "PostgreSQL", String.join("\n",
					"koyeb databases create " + d.name() + "-db --app " + d.name() + " --instance-type small --pg-version 16 "
							+ "--region " + d.primary().code(),
					"# put its connection string in a secret, and pass it to the service as "
							+ "--env DATABASE_URL={{secret." + d.name() + "-database-url}}"),
					facts.source("koyeb-skills-db-flags")));
		}
		return steps;
	}

	private static List<Note> notes(Deployment d, Facts facts) {
		List<Note> notes = new ArrayList<>();
		notes.add(new Note("Koyeb documents no file for the Python version in our sources: the kit pins none, so the "
				+ "buildpack chooses (you asked for Python " + d.python().text() + ").", facts.source("koyeb-build-from-git")));
		notes.add(new Note("Everything besides the Procfile is a flag of koyeb deploy: keep the command with the code, "
				+ "and run it again (or koyeb services update) to change the service.", facts.source("koyeb-skills-deploy-flags")));
		if (d.regions().size() > 1) {
			notes.add(new Note("The service runs one instance in each of its regions; a service with a volume cannot.",
					facts.source("koyeb-skills-deploy-flags")));
		}
		return notes;
	}

}
