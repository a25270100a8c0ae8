package io.paasatlas.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.paasatlas.catalog.Citation;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Scalingo: a {@code Procfile}, {@code .python-version}, a {@code scalingo.json} manifest and, for a cron job,
 * {@code cron.json}, for the Python buildpack. Container sizes, regions, the PostgreSQL plan and every file's format
 * come from {@code data/providers/scalingo.yaml} (sources {@code sc-*}, Scalingo's docs repository).
 */
@Component
class ScalingoKit implements KitRenderer {

	/** The public region; osc-secnum-fr1 is restricted and opened on request. */
	static final Set<String> PUBLIC_REGIONS = Set.of("osc-fr1");

	/** Scalingo's Python buildpack offers 3.11 to 3.14 (sc-python). */
	static final Set<PythonVersion> PYTHON = Set.of(PythonVersion.V3_11, PythonVersion.V3_12, PythonVersion.V3_13);

	static final String POSTGRES_PLAN = "postgresql-starter-512";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Override
	public String slug() {
		return "scalingo";
	}

	/**
	 * An app runs in one region; the Scheduler takes any crontab of 10 minutes or more; the manifest's PostgreSQL
	 * plan is Starter 512M.
	 */
	@Override
	public Limits limits() {
		return Limits.of("osc-fr1").withPostgresMemoryMb(512);
	}

	@Override
	public List<Region> regions(ProviderProfile profile) {
		return KitRenderer.super.regions(profile).stream().filter((r) -> PUBLIC_REGIONS.contains(r.code())).toList();
	}

	/** The smallest current container size with the memory (S to 3XL, sc-container-sizes); its name as the CLI writes it. */
	@Override
	public Optional<Size> size(int memoryMb, Facts facts) {
		return Size.smallestNamed(facts, memoryMb, (o) -> "sc-container-sizes".equals(o.source()),
				ProviderProfile.ComputeOffer::preset, facts.source("sc-container-sizes"));
	}

	@Override
	public void check(Deployment deployment, Errors errors) {
		if (!PYTHON.contains(deployment.python())) {
			errors.rejectValue("python", "deploy.error.python.provider", new Object[] { deployment.python().text(),
					deployment.provider().name(), "3.11, 3.12, 3.13" }, "Python version not offered");
		}
	}

	@Override
	public Rendered render(Deployment d, Size size, Facts facts) {
		Citation procfile = facts.source("sc-procfile");
		Lines processes = Lines.plain().value("", "web: " + d.webShellCommand(), new Annotation("web",
				d.webShellCommand(), d.server().key() + " serves " + d.entry().text()
						+ " on 0.0.0.0:$PORT: the web process must be bound to $PORT", procfile));
		if (d.worker()) {
			processes.value("", "worker: " + Deployment.WORKER_COMMAND, new Annotation("worker",
					Deployment.WORKER_COMMAND, "A worker: a process type with its own containers", procfile));
		}
		KitFile pythonVersion = Lines.plain().line(d.python().text())
			.note(new Annotation(".python-version", d.python().text(), "Your Python version: the major version gets "
					+ "the latest patch release when the app is built", facts.source("sc-python")))
			.file(".python-version", "text");
		List<KitFile> files = new ArrayList<>(List.of(processes.file("Procfile", "text"), pythonVersion,
				manifest(d, size, facts)));
		if (d.cron() != null) {
			files.add(cron(d.cron(), size, facts));
		}
		return new Rendered(files, steps(d, size, facts), notes(d, facts));
	}

	private static KitFile manifest(Deployment d, Size size, Facts facts) {
		Citation manifest = facts.source("sc-manifest");
		Map<String, Object> json = new LinkedHashMap<>();
		List<Annotation> annotations = new ArrayList<>();
		json.put("env", Json.object("SECRET_KEY", Json.object("generator", "secret")));
		annotations.add(new Annotation("env.SECRET_KEY", "generator: secret",
				"A random secret Scalingo generates when it creates the app from the manifest", manifest));
		if (d.postgres()) {
			json.put("addons", List.of(Json.object("plan", "postgresql:" + POSTGRES_PLAN)));
			annotations.add(new Annotation("addons", "postgresql:" + POSTGRES_PLAN,
					"PostgreSQL Starter 512M, provisioned before the first deploy", facts.source("sc-pg-provisioning")));
		}
		Map<String, Object> formation = new LinkedHashMap<>();
		formation.put("web", Json.object("amount", 1, "size", size.id()));
		annotations.add(new Annotation("formation.web", "1 × " + size.id(), "One " + size.label()
				+ " container: the smallest size with the " + d.memoryMb() + " MB you chose", size.source()));
		if (d.worker()) {
			formation.put("worker", Json.object("amount", 1, "size", size.id()));
			annotations.add(new Annotation("formation.worker", "1 × " + size.id(), "One worker container of the same size",
					manifest));
		}
		json.put("formation", formation);
		return new KitFile("scalingo.json", "json", JSON.writeValueAsString(json) + "\n", annotations, false);
	}

	private static KitFile cron(CronSchedule schedule, Size size, Facts facts) {
		String command = schedule.crontab() + " " + Deployment.TASK_COMMAND;
		Map<String, Object> json = Json.object("jobs", List.of(Json.object("command", command, "size", size.id())));
		Annotation job = new Annotation("jobs[0].command", command, "Runs " + schedule.key() + " (times are UTC) in a "
				+ "one-off " + size.id() + " container; the Scheduler starts when cron.json is deployed",
				facts.source("sc-scheduler"));
		return new KitFile("cron.json", "json", JSON.writeValueAsString(json) + "\n", List.of(job), false);
	}

	private static List<Step> steps(Deployment d, Size size, Facts facts) {
		List<Step> steps = new ArrayList<>();
		String app = "scalingo --app " + d.name() + " --region " + d.primary().code();
		steps.add(new Step("first-deploy", "First deploy", String.join("\n",
				"scalingo login",
				"scalingo --region " + d.primary().code() + " create " + d.name() + "   # adds the git remote scalingo",
				"git push scalingo main   # builds with the Python buildpack",
				app + " scale web:1:" + size.id() + (d.worker() ? " worker:1:" + size.id() : "")),
				facts.source("sc-regions")));
		steps.add(new Step("secrets", "Secrets", app + " env-set \"SECRET_KEY=$(python3 -c 'import secrets; "
				+ "print(secrets.token_hex(32))')\"", facts.source("sc-environment")));
		if (d.postgres()) {
			steps.add(new Step("database", "PostgreSQL", app + " addons-add postgresql " + POSTGRES_PLAN,
					facts.source("sc-pg-provisioning")));
		}
		if (d.cron() != null) {
			steps.add(new Step("cron", "Cron job", String.join("\n",
					"# cron.json is read on every deploy; list the scheduled tasks with:", app + " cron-tasks"),
					facts.source("sc-scheduler")));
		}
		return steps;
	}

	private static List<Note> notes(Deployment d, Facts facts) {
		List<Note> notes = new ArrayList<>(List.of(new Note("scalingo.json sets the environment, add-ons and containers only when Scalingo creates "
				+ "an app from it (a review app, a one-click deploy); the commands above do the same for an app made with "
				+ "scalingo create.", facts.source("sc-manifest")),
				new Note("An app runs in one region; osc-secnum-fr1 (SecNumCloud) is opened on request only.",
						facts.source("sc-regions"))));
		if (d.postgres()) {
			notes.add(new Note("The PostgreSQL add-on sets DATABASE_URL (an alias of SCALINGO_POSTGRESQL_URL) in every "
					+ "container of the app.", facts.source("sc-pg-connecting")));
		}
		return notes;
	}

}
