package io.paasatlas.deploy;

import java.util.ArrayList;
import java.util.EnumSet;
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

/**
 * Heroku: a {@code Procfile}, {@code .python-version} and an {@code app.json} manifest for the Python buildpack.
 * Dyno sizes, regions, add-on plans and Scheduler come from {@code data/providers/heroku.yaml}; the file formats from
 * the Dev Center pages below.
 */
@Component
class HerokuKit implements KitRenderer {

	static final Doc APP_JSON = new Doc("Heroku Dev Center: app.json Schema", "https://devcenter.heroku.com/articles/app-json-schema",
			"2024-01-24", "name, env (with generator: secret), formation (quantity, size), addons, buildpacks.");

	static final Doc PYTHON_RUNTIMES = new Doc("Heroku Dev Center: Specifying a Python Version",
			"https://devcenter.heroku.com/articles/python-runtimes", "2024-12-03",
			"A .python-version file with the major version (3.13) gets the latest patch release.");

	/** The Common Runtime regions; the others are for Private Spaces only, priced separately. */
	static final Set<String> COMMON_RUNTIME = Set.of("us", "eu");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Override
	public String slug() {
		return "heroku";
	}

	/**
	 * A Heroku app runs in one region; Scheduler runs jobs every 10 minutes, every hour or every day; Heroku Postgres
	 * plans are sized by storage, so the cost model takes the cheapest, essential-0.
	 */
	@Override
	public Limits limits() {
		return Limits.of("us").withCron(EnumSet.of(CronSchedule.HOURLY, CronSchedule.DAILY));
	}

	@Override
	public List<Region> regions(ProviderProfile profile) {
		return KitRenderer.super.regions(profile).stream().filter((r) -> COMMON_RUNTIME.contains(r.code())).toList();
	}

	/** The smallest always-on dyno type with the memory (Eco sleeps, so it is left out). */
	@Override
	public Optional<Size> size(int memoryMb, Facts facts) {
		return Size.smallestOffer(facts, memoryMb, (o) -> true);
	}

	@Override
	public Rendered render(Deployment d, Size size, Facts facts) {
		Citation procfile = facts.source("heroku-procfile");
		Lines processes = Lines.plain().value("", "web: " + d.webShellCommand(), new Annotation("web",
				d.webShellCommand(), d.server().key() + " serves " + d.entry().text()
						+ " on 0.0.0.0:$PORT: the web process must bind the port Heroku sets", procfile));
		if (d.worker()) {
			processes.value("", "worker: " + Deployment.WORKER_COMMAND, new Annotation("worker",
					Deployment.WORKER_COMMAND, "A worker dyno, a process type of its own", procfile));
		}
		KitFile pythonVersion = Lines.plain().line(d.python().text())
			.note(new Annotation(".python-version", d.python().text(),
					"Your Python version: the major version gets the latest patch release", facts.doc(PYTHON_RUNTIMES)))
			.file(".python-version", "text");
		return new Rendered(List.of(processes.file("Procfile", "text"), pythonVersion, appJson(d, size, facts)),
				steps(d, size, facts), notes(d, facts));
	}

	private static KitFile appJson(Deployment d, Size size, Facts facts) {
		Citation schema = facts.doc(APP_JSON);
		Map<String, Object> json = new LinkedHashMap<>();
		List<Annotation> annotations = new ArrayList<>();
		json.put("name", d.name());
		json.put("env", Json.object("SECRET_KEY", Json.object("description", "A secret key for your app", "generator", "secret")));
		annotations.add(new Annotation("env.SECRET_KEY", "generator: secret",
				"A random secret Heroku generates when it sets the app up from app.json", schema));
		Map<String, Object> formation = new LinkedHashMap<>();
		formation.put("web", Json.object("quantity", 1, "size", size.id()));
		annotations.add(new Annotation("formation.web", "1 × " + size.id(), "One " + size.label()
				+ " dyno: the smallest always-on dyno type with the " + d.memoryMb() + " MB you chose", size.source()));
		if (d.worker()) {
			formation.put("worker", Json.object("quantity", 1, "size", size.id()));
			annotations.add(new Annotation("formation.worker", "1 × " + size.id(), "One worker dyno of the same type",
					size.source()));
		}
		json.put("formation", formation);
		List<String> addons = new ArrayList<>();
		if (d.postgres()) {
			addons.add("heroku-postgresql:essential-0");
			annotations.add(new Annotation("addons", "heroku-postgresql:essential-0",
					"The cheapest Heroku Postgres plan; it sets DATABASE_URL", facts.source("heroku-addons-plans")));
		}
		if (d.cron() != null) {
			addons.add("scheduler:standard");
			annotations.add(new Annotation("addons", "scheduler:standard",
					"Heroku Scheduler, which runs the cron job", facts.source("heroku-scheduler")));
		}
		json.put("addons", addons);
		json.put("buildpacks", List.of(Json.object("url", "heroku/python")));
		annotations.add(new Annotation("buildpacks", "heroku/python", "Heroku's Python buildpack", schema));
		return new KitFile("app.json", "json", JSON.writeValueAsString(json) + "\n", annotations, false);
	}

	private static List<Step> steps(Deployment d, Size size, Facts facts) {
		List<Step> steps = new ArrayList<>();
		String types = "web=" + size.id() + (d.worker() ? " worker=" + size.id() : "");
		steps.add(new Step("first-deploy", "First deploy", String.join("\n",
				"heroku login",
				"heroku create " + d.name() + " --region " + d.primary().code() + "   # adds the git remote heroku",
				"git push heroku main   # builds with the Python buildpack",
				"heroku ps:type " + types + "   # the dyno type of app.json",
				"heroku ps:scale web=1" + (d.worker() ? " worker=1" : ""),
				"heroku open"), facts.source("heroku-regions")));
		steps.add(new Step("secrets", "Secrets", "heroku config:set SECRET_KEY=\"$(python3 -c 'import secrets; "
				+ "print(secrets.token_hex(32))')\"", facts.doc(APP_JSON)));
		if (d.postgres()) {
			steps.add(new Step("database", "PostgreSQL", "heroku addons:create heroku-postgresql:essential-0   # sets "
					+ "DATABASE_URL", facts.source("heroku-addons-plans")));
		}
		if (d.cron() != null) {
			steps.add(new Step("cron", "Cron job", String.join("\n",
					"heroku addons:create scheduler:standard",
					"heroku addons:open scheduler   # add a job: " + Deployment.TASK_COMMAND + ", every "
							+ d.cron().unit()), facts.source("heroku-scheduler")));
		}
		return steps;
	}

	private static List<Note> notes(Deployment d, Facts facts) {
		List<Note> notes = new ArrayList<>();
		notes.add(new Note("app.json sets these dynos and add-ons only when Heroku creates the app from it (a "
				+ "Heroku Button, the Platform API); the commands above do the same for an app made with heroku create.",
				facts.doc(APP_JSON)));
		if (d.cron() != null) {
			notes.add(new Note("Scheduler runs jobs as one-off dynos that count toward the month's usage, and may "
					+ "rarely miss a run.", facts.source("heroku-scheduler")));
		}
		return notes;
	}

}
