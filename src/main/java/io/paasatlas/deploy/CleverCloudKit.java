package io.paasatlas.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.paasatlas.catalog.Citation;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.ComputeOffer;
import io.paasatlas.catalog.ProviderProfile.Region;

import org.springframework.stereotype.Component;

/**
 * Clever Cloud: a Python app is configured by environment variables, which the kit writes to
 * {@code clevercloud.env} for {@code clever env import}, and its crons by {@code clevercloud/cron.json} with a
 * {@code clevercloud/task.sh} wrapper. Flavors, zones, add-on plans and every variable come from
 * {@code data/providers/clever-cloud.yaml} (sources {@code cc-*}, Clever Cloud's docs repository).
 */
@Component
class CleverCloudKit implements KitRenderer {

	static final String ENV = "clevercloud.env";

	/** The port a Python app's custom run command must listen on (cc-python). */
	static final int PORT = 9000;

	/**
	 * The zones {@code clever create --region} takes (cc-cli-reference) without the HDS ones, which need a specific
	 * contract (cc-cli-apps).
	 */
	static final Set<String> ZONES = Set.of("par", "rbx", "scw", "ldn", "mtl", "sgp", "syd", "wsw");

	/** The smallest paid PostgreSQL plan, XXS Small Space (the free dev plan is shared and capped at 256 MB). */
	static final String POSTGRES_PLAN = "xxs_sml";

	@Override
	public String slug() {
		return "clever-cloud";
	}

	/**
	 * An app runs in one zone; crons take any crontab; the database plan has 512 MB. Workers run inside the app's
	 * instances ({@code CC_WORKER_COMMAND}), so they are not priced as instances: the cost is a lower bound.
	 */
	@Override
	public Limits limits() {
		return Limits.of("par").withPostgresMemoryMb(512).withWorkerUnpriced();
	}

	@Override
	public List<Region> regions(ProviderProfile profile) {
		return KitRenderer.super.regions(profile).stream().filter((r) -> ZONES.contains(r.code())).toList();
	}

	/** The smallest flavor with the memory (pico 256 MB, nano 512 MB, XS 1 GB, S 2 GB), named as clever scale writes it. */
	@Override
	public Optional<Size> size(int memoryMb, Facts facts) {
		return Size.smallestNamed(facts, memoryMb, (o) -> o.vcpus() != null && !"cc-jenkins".equals(o.source()),
				ComputeOffer::preset, facts.source("cc-cli-apps"));
	}

	@Override
	public Rendered render(Deployment d, Size size, Facts facts) {
		Citation variables = facts.source("cc-env-reference");
		String run = runCommand(d);
		Lines env = Lines.plain()
			.value("", "CC_PYTHON_VERSION=" + d.python().text(), new Annotation("CC_PYTHON_VERSION", d.python().text(),
					"Your Python version (3.10 to 3.14 are accepted)", facts.source("cc-runtime-versions")))
			.value("", "CC_RUN_COMMAND=" + run, new Annotation("CC_RUN_COMMAND", run, d.server().key() + " serves "
					+ d.entry().text() + " on port " + PORT + ", where a Python app's own run command must listen",
					facts.source("cc-python")))
			.value("", "CC_HEALTH_CHECK_PATH=" + Deployment.HEALTH_PATH, new Annotation("CC_HEALTH_CHECK_PATH",
					Deployment.HEALTH_PATH, "The sample app's route, which answers 200: a deployment whose path answers "
							+ "otherwise fails", facts.source("cc-healthcheck")));
		if (d.worker()) {
			env.value("", "CC_WORKER_COMMAND=" + Deployment.WORKER_COMMAND, new Annotation("CC_WORKER_COMMAND",
					Deployment.WORKER_COMMAND, "A worker: a background process in each of the app's instances",
					variables));
		}
		List<KitFile> files = new ArrayList<>(List.of(env.file(ENV, "text")));
		if (d.cron() != null) {
			files.addAll(cron(d.cron(), facts));
		}
		return new Rendered(files, steps(d, size, facts), notes(d, facts));
	}

	/** The web process on Clever Cloud's port for a Python run command. */
	static String runCommand(Deployment d) {
		return String.join(" ", d.server().command(d.entry(), "0.0.0.0:" + PORT));
	}

	/** {@code clevercloud/cron.json} and the login-shell wrapper it runs, which gets the app's variables. */
	private static List<KitFile> cron(CronSchedule schedule, Facts facts) {
		Citation cron = facts.source("cc-cron");
		String line = schedule.crontab() + " $ROOT/clevercloud/task.sh";
		KitFile json = Lines.plain().line("[")
			.value("  ", Lines.quoted(line), new Annotation("cron.json[0]", line, "Runs " + schedule.key()
					+ " (times are UTC); $ROOT is the app's folder", cron))
			.line("]")
			.file("clevercloud/cron.json", "json");
		KitFile task = Lines.commented().line("#!/bin/bash -l")
			.comment("", "A login shell, so that the job has the app's environment variables; cron.json runs this file, "
					+ "which must be executable (chmod +x).")
			.line("cd \"${APP_HOME}\"")
			.value("", "exec " + Deployment.TASK_COMMAND, new Annotation("clevercloud/task.sh", Deployment.TASK_COMMAND,
					"The cron job, run by a bash -l wrapper as Clever Cloud's cron page asks", cron))
			.file("clevercloud/task.sh", "shell");
		return List.of(json, task);
	}

	private static List<Step> steps(Deployment d, Size size, Facts facts) {
		List<Step> steps = new ArrayList<>();
		Citation cli = facts.source("cc-cli-reference");
		steps.add(new Step("first-deploy", "First deploy", String.join("\n",
				"clever login",
				((d.cron() != null) ? "chmod +x clevercloud/task.sh   # cron.json runs it\n" : "")
						+ "git init && git add . && git commit -m \"Clever Cloud\"",
				"clever create --type python " + d.name() + " --region " + d.primary().code() + "   # "
						+ d.primary().city(),
				"clever env import < " + ENV + "   # replaces every variable of the app with the file's",
				"clever scale --flavor " + size.id() + " --instances 1",
				"clever deploy"), cli));
		steps.add(new Step("secrets", "Secrets", "clever env set SECRET_KEY \"$(python3 -c 'import secrets; "
				+ "print(secrets.token_hex(32))')\"   # after env import, which would delete it",
				facts.source("cc-cli-configuration")));
		if (d.postgres()) {
			steps.add(new Step("database", "PostgreSQL", "clever addon create postgresql-addon " + d.name() + "-db --plan "
					+ POSTGRES_PLAN + " --region " + d.primary().code() + " --link " + d.name(), cli));
		}
		return steps;
	}

	private static List<Note> notes(Deployment d, Facts facts) {
		List<Note> notes = new ArrayList<>();
		notes.add(new Note("An app runs in one zone: for another zone, generate a kit for it and create a second app. "
				+ "The HDS zones (health data) need a specific contract and are left out.", facts.source("cc-cli-apps")));
		if (d.postgres()) {
			notes.add(new Note("The PostgreSQL add-on gives the app its URL as POSTGRESQL_ADDON_URI (not DATABASE_URL).",
					facts.source("cc-env-reference")));
		}
		if (d.cron() != null) {
			notes.add(new Note("Crons run on every instance of the app: with more than one, the job must guard itself "
					+ "(for example on INSTANCE_NUMBER 0).", facts.source("cc-cron")));
		}
		return notes;
	}

}
