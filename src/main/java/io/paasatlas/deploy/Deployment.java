package io.paasatlas.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;
import org.jspecify.annotations.Nullable;

/**
 * The one description of a deployment that every file of a kit is rendered from, so that the port, the start
 * command, the Python version, the health check and the regions agree across Dockerfile, config and workflow by
 * construction. Only {@link DeployForm} makes one, from checked input.
 *
 * @param name the app's name: 3 to 30 lowercase letters, digits and dashes, starting with a letter
 * @param memoryMb the memory asked for; the provider's {@link Size} may have more
 * @param regions the provider's regions, the primary first
 * @param cron how often the cron job runs; {@code null} for no cron job
 */
record Deployment(ProviderProfile provider, String name, PythonVersion python, WsgiEntry entry, WsgiServer server,
		int memoryMb, List<Region> regions, boolean postgres, boolean worker, @Nullable CronSchedule cron) {

	/** The port the app listens on inside a container: EXPOSE, the bind address and Fly.io's internal_port. */
	static final int PORT = 8080;

	/** The path health checks request: the sample app's one route, which answers 200. */
	static final String HEALTH_PATH = "/";

	static final String WORKER_COMMAND = "python worker.py";

	static final String TASK_COMMAND = "python task.py";

	Deployment {
		regions = List.copyOf(regions);
	}

	String slug() {
		return this.provider.slug();
	}

	Region primary() {
		return this.regions.get(0);
	}

	/** The regions after the primary. */
	List<Region> moreRegions() {
		return this.regions.subList(1, this.regions.size());
	}

	public String regionCodes() {
		return this.regions.stream().map(Region::code).collect(Collectors.joining(","));
	}

	/** The web process in exec form, on the container port. */
	List<String> webCommand() {
		return this.server.command(this.entry, "0.0.0.0:" + PORT);
	}

	/** The web process for a platform that runs it in a shell and sets {@code $PORT}. */
	String webShellCommand() {
		return this.server.shellCommand(this.entry);
	}

	/** The form's parameters that describe this deployment, in the form's order: for links to the same kit. */
	Map<String, String> query() {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("provider", slug());
		query.put("name", this.name);
		query.put("python", this.python.text());
		query.put("entry", this.entry.text());
		query.put("server", this.server.key());
		query.put("memoryMb", String.valueOf(this.memoryMb));
		query.put("regions", regionCodes());
		query.put("postgres", String.valueOf(this.postgres));
		query.put("worker", String.valueOf(this.worker));
		query.put("cron", (this.cron != null) ? this.cron.key() : DeployForm.NO_CRON);
		return query;
	}

}
