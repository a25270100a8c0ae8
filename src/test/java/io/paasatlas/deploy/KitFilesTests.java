package io.paasatlas.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.paasatlas.catalog.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every generated file of every kit case ({@link KitCases}) read by a real parser (TOML, YAML, JSON; Python by
 * Python's own {@code ast}) and held against the one description it was rendered from, so that the port, the start
 * command, the Python version, the health check and the regions agree across the files and across providers.
 */
@SpringBootTest(properties = "catalog.location=data/providers")
@AutoConfigureMockMvc
class KitFilesTests {

	static final TomlMapper TOML = new TomlMapper();

	static final YAMLMapper YAML = new YAMLMapper();

	static final JsonMapper JSON = new JsonMapper();

	@Autowired
	DeployKits kits;

	@Test
	void everyProviderOfTheIssueHasAKit() {
		assertThat(KitCases.PROVIDERS).allMatch(this.kits::hasKit);
	}

	@Test
	void everyTomlYamlAndJsonFileParses() {
		int parsed = 0;
		for (Kit kit : KitCases.all(this.kits)) {
			for (KitFile file : kit.files()) {
				JsonNode tree = switch (file.language()) {
					case "toml" -> TOML.readTree(file.content());
					case "yaml" -> YAML.readTree(file.content());
					case "json" -> JSON.readTree(file.content());
					default -> null;
				};
				if (tree != null) {
					// Clever Cloud's clevercloud/cron.json is an array of crontab lines; every other file an object
					assertThat(file.path().equals("clevercloud/cron.json") ? tree.isArray() : tree.isObject())
						.as(file.path()).isTrue();
					parsed++;
				}
			}
		}
		// per case: fly.toml and the workflow, render.yaml, app.json, .do/app.yaml, scalingo.json, .upsun/config.yaml,
		// Cloud Run's service.yaml, Sevalla's nixpacks.toml; with everything on, Scalingo's cron.json and Clever Cloud's
		// clevercloud/cron.json
		assertThat(parsed).isEqualTo(2 * (2 + 1 + 1 + 1 + 1 + 1 + 1 + 1) + 2);
	}

	@Test
	void flyFilesAgreeOnPortCommandPythonHealthCheckAndRegions() {
		for (Kit kit : kits("fly-io")) {
			Deployment d = kit.deployment();
			JsonNode fly = TOML.readTree(content(kit, "fly.toml"));
			Map<String, String> docker = instructions(content(kit, "Dockerfile"));
			List<String> cmd = new ArrayList<>();
			JSON.readTree(docker.get("CMD")).forEach((a) -> cmd.add(a.asString()));
			String bind = cmd.stream().filter((a) -> a.contains("0.0.0.0:")).findFirst().orElseThrow();
			String bindPort = bind.substring(bind.lastIndexOf(':') + 1);
			assertThat(List.of(fly.path("http_service").path("internal_port").asString(), fly.path("env").path("PORT").asString(),
					docker.get("EXPOSE"), bindPort)).containsOnly(String.valueOf(Deployment.PORT));
			assertThat(cmd).isEqualTo(d.webCommand()).contains(d.entry().text());
			assertThat(docker.get("FROM")).isEqualTo("python:" + d.python().text() + "-slim");
			assertThat(fly.path("app").asString()).isEqualTo(d.name());
			assertThat(fly.path("primary_region").asString()).isEqualTo(d.primary().code());
			assertThat(fly.path("kill_signal").asString()).isEqualTo(d.server().stopSignal());
			assertThat(fly.path("http_service").path("checks").get(0).path("path").asString()).isEqualTo(Deployment.HEALTH_PATH);
			assertThat(fly.path("vm").get(0).path("memory").asString()).isEqualTo(kit.size().memoryMb() + "mb");
			assertThat(fly.path("http_service").path("auto_stop_machines").asString()).isEqualTo("off");
			if (d.worker()) {
				assertThat(fly.path("processes").path("web").asString()).isEqualTo(String.join(" ", cmd));
				assertThat(fly.path("processes").path("worker").asString()).isEqualTo("python worker.py");
				assertThat(fly.path("http_service").path("processes").get(0).asString()).isEqualTo("web");
			}
			List<String> regionsInSteps = matches(steps(kit), "--region ([a-z]+)");
			assertThat(regionsInSteps.stream().distinct().toList()).isEqualTo(d.regions().stream().map((r) -> r.code()).toList());
			JsonNode workflow = YAML.readTree(content(kit, ".github/workflows/fly-deploy.yml"));
			assertThat(workflow.path("on").path("push").path("branches").get(0).asString()).isEqualTo("main");
			JsonNode steps = workflow.path("jobs").path("deploy").path("steps");
			assertThat(steps.get(2).path("run").asString()).isEqualTo("flyctl deploy --remote-only");
			assertThat(steps.get(2).path("env").path("FLY_API_TOKEN").asString()).isEqualTo("${{ secrets.FLY_API_TOKEN }}");
		}
	}

	@Test
	void renderBlueprintRunsTheCommandOfTheDescription() {
		for (Kit kit : kits("render")) {
			Deployment d = kit.deployment();
			JsonNode web = YAML.readTree(content(kit, "render.yaml")).path("services").get(0);
			assertThat(web.path("type").asString()).isEqualTo("web");
			assertThat(web.path("runtime").asString()).isEqualTo("python");
			assertThat(web.path("region").asString()).isEqualTo(d.primary().code());
			assertThat(web.path("plan").asString()).isEqualTo(kit.size().id());
			assertThat(web.path("startCommand").asString()).isEqualTo(d.webShellCommand()).contains(d.entry().text());
			assertThat(web.path("healthCheckPath").asString()).isEqualTo(Deployment.HEALTH_PATH);
			assertThat(content(kit, ".python-version")).isEqualTo(d.python().text() + "\n");
			if (d.postgres()) {
				JsonNode blueprint = YAML.readTree(content(kit, "render.yaml"));
				String database = blueprint.path("databases").get(0).path("name").asString();
				assertThat(web.path("envVars").findValues("name")).extracting(JsonNode::asString).contains(database);
				assertThat(blueprint.path("services").get(2).path("schedule").asString()).isEqualTo(d.cron().crontab());
			}
		}
	}

	@Test
	void herokuProcfileAndManifestAgree() {
		Pattern line = Pattern.compile("([A-Za-z0-9_-]+): (.+)");
		for (Kit kit : kits("heroku")) {
			Deployment d = kit.deployment();
			Map<String, String> processes = new LinkedHashMap<>();
			for (String text : content(kit, "Procfile").strip().split("\n")) {
				Matcher m = line.matcher(text);
				assertThat(m.matches()).as(text).isTrue();
				processes.put(m.group(1), m.group(2));
			}
			assertThat(processes.get("web")).isEqualTo(d.webShellCommand());
			JsonNode app = JSON.readTree(content(kit, "app.json"));
			assertThat(app.path("formation").propertyNames()).containsExactlyElementsOf(processes.keySet());
			assertThat(app.path("formation").path("web").path("size").asString()).isEqualTo(kit.size().id());
			assertThat(app.path("name").asString()).isEqualTo(d.name());
			assertThat(content(kit, ".python-version")).isEqualTo(d.python().text() + "\n");
			assertThat(steps(kit)).contains("--region " + d.primary().code());
		}
	}

	@Test
	void railwayConfigStartsTheSameCommandInTheChosenRegions() {
		for (Kit kit : kits("railway")) {
			Deployment d = kit.deployment();
			String ts = content(kit, ".railway/railway.ts");
			assertThat(ts).contains("start: \"" + d.webShellCommand() + "\"", "healthcheck: \"" + Deployment.HEALTH_PATH + "\"");
			String replicas = d.regions().stream().map((r) -> "\"" + r.code() + "\": 1").collect(Collectors.joining(", "));
			assertThat(ts).contains("replicas: { " + replicas + " }");
			assertThat(content(kit, ".python-version")).isEqualTo(d.python().text() + "\n");
			assertThat(kit.files()).extracting(KitFile::path).doesNotContain("railway.json", "railway.toml");
		}
	}

	@Test
	void pythonAnywhereWsgiFileImportsTheEntryPoint() {
		for (Kit kit : kits("pythonanywhere")) {
			Deployment d = kit.deployment();
			assertThat(content(kit, "pythonanywhere_wsgi.py")).contains("from " + d.entry().module() + " import "
					+ d.entry().variable() + " as application");
			assertThat(content(kit, "requirements.txt").lines().filter((l) -> !l.startsWith("#")))
				.containsExactly(AppFiles.FLASK);
		}
	}

	@Test
	void digitalOceanAppSpecRunsTheCommandOfTheDescriptionOnItsPort() {
		for (Kit kit : kits("digitalocean-app-platform")) {
			Deployment d = kit.deployment();
			JsonNode spec = YAML.readTree(content(kit, ".do/app.yaml"));
			JsonNode web = spec.path("services").get(0);
			assertThat(spec.path("name").asString()).isEqualTo(d.name());
			assertThat(spec.path("region").asString()).isEqualTo(d.primary().code());
			assertThat(web.path("run_command").asString()).isEqualTo(DigitalOceanKit.runCommand(d))
				.contains(d.entry().text(), "0.0.0.0:$PORT");
			assertThat(web.path("http_port").asInt()).isEqualTo(Deployment.PORT);
			assertThat(web.path("instance_count").asInt()).isEqualTo(1);
			assertThat(web.path("instance_size_slug").asString()).isEqualTo(kit.size().id()).startsWith("apps-s-");
			assertThat(web.path("health_check").path("http_path").asString()).isEqualTo(Deployment.HEALTH_PATH);
			assertThat(web.path("github").path("repo").asString()).matches("[^/]+/" + d.name());
			assertThat(spec.path("workers").path(0).path("run_command").asString())
				.isEqualTo(d.worker() ? Deployment.WORKER_COMMAND : "");
			assertThat(spec.path("databases").path(0).path("engine").asString()).isEqualTo(d.postgres() ? "PG" : "");
			assertThat(content(kit, ".python-version")).isEqualTo(d.python().text() + "\n");
			assertThat(steps(kit)).contains("doctl apps create --spec .do/app.yaml");
		}
	}

	@Test
	void cloudRunServiceRunsTheImageTheStepsBuildOnTheDockerfilesPort() {
		for (Kit kit : kits("google-cloud-run")) {
			Deployment d = kit.deployment();
			JsonNode service = YAML.readTree(content(kit, CloudRunKit.SERVICE));
			Map<String, String> docker = instructions(content(kit, "Dockerfile"));
			List<String> cmd = new ArrayList<>();
			JSON.readTree(docker.get("CMD")).forEach((a) -> cmd.add(a.asString()));
			assertThat(cmd).isEqualTo(d.webCommand()).contains(d.entry().text());
			assertThat(String.join(" ", cmd)).contains("0.0.0.0:" + Deployment.PORT);
			assertThat(docker.get("FROM")).isEqualTo("python:" + d.python().text() + "-slim");
			assertThat(service.path("apiVersion").asString()).isEqualTo("serving.knative.dev/v1");
			assertThat(service.path("kind").asString()).isEqualTo("Service");
			assertThat(service.path("metadata").path("name").asString()).isEqualTo(d.name());
			assertThat(service.path("metadata").path("labels").path("cloud.googleapis.com/location").asString())
				.isEqualTo(d.primary().code());
			JsonNode template = service.path("spec").path("template");
			JsonNode annotations = template.path("metadata").path("annotations");
			// Knative annotations are strings: a YAML number or boolean there is rejected
			assertThat(annotations.path("autoscaling.knative.dev/minScale").isString()).isTrue();
			assertThat(annotations.path("autoscaling.knative.dev/minScale").asString()).isEqualTo("1");
			assertThat(annotations.path("autoscaling.knative.dev/maxScale").asString()).isEqualTo("1");
			assertThat(annotations.path("run.googleapis.com/cpu-throttling").asString()).isEqualTo("false");
			assertThat(annotations.path("run.googleapis.com/cloudsql-instances").asString())
				.isEqualTo(d.postgres() ? CloudRunKit.PROJECT + ":" + d.primary().code() + ":" + d.name() + "-db" : "");
			JsonNode container = template.path("spec").path("containers").get(0);
			assertThat(container.path("image").asString()).isEqualTo(CloudRunKit.image(d))
				.startsWith(d.primary().code() + "-docker.pkg.dev/");
			assertThat(List.of(container.path("ports").get(0).path("containerPort").asString(), docker.get("EXPOSE"),
					container.path("startupProbe").path("httpGet").path("port").asString(),
					container.path("livenessProbe").path("httpGet").path("port").asString()))
				.containsOnly(String.valueOf(Deployment.PORT));
			assertThat(List.of(container.path("startupProbe").path("httpGet").path("path").asString(),
					container.path("livenessProbe").path("httpGet").path("path").asString()))
				.containsOnly(Deployment.HEALTH_PATH);
			assertThat(container.path("resources").path("limits").path("memory").asString())
				.isEqualTo(kit.size().memoryMb() + "Mi");
			assertThat(container.path("resources").path("limits").path("cpu").asString()).isEqualTo("1");
			JsonNode secret = container.path("env").get(0);
			assertThat(secret.path("name").asString()).isEqualTo("SECRET_KEY");
			assertThat(secret.path("valueFrom").path("secretKeyRef").path("name").asString())
				.isEqualTo(CloudRunKit.secretName(d));
			String steps = steps(kit);
			// the image the build pushes is the image the service runs, in the service's region
			assertThat(steps).contains("--tag " + CloudRunKit.image(d).replace(CloudRunKit.PROJECT, "$PROJECT_ID"),
					"gcloud run services replace " + CloudRunKit.SERVICE + " --project=$PROJECT_ID --region " + d.primary().code(),
					"--location=" + d.primary().code() + " --repository-format=docker",
					"gcloud secrets create " + CloudRunKit.secretName(d));
			if (d.cron() != null) {
				assertThat(steps).contains("frequency " + d.cron().crontab(), Deployment.TASK_COMMAND);
			}
		}
	}

	@Test
	void koyebProcfileAndDeployCommandsAgreeOnPortRegionsAndInstanceType() {
		for (Kit kit : kits("koyeb")) {
			Deployment d = kit.deployment();
			List<String> procfile = content(kit, "Procfile").lines().toList();
			assertThat(procfile).containsExactly("web: " + d.webShellCommand());
			assertThat(procfile.get(0)).contains(d.entry().text(), "0.0.0.0:$PORT");
			String steps = steps(kit);
			String deploy = steps.lines().filter((l) -> l.startsWith("koyeb deploy . " + d.name() + "/web ")).findFirst()
				.orElseThrow();
			// the port the Procfile binds (PORT) is the port exposed, routed and checked
			String port = String.valueOf(KoyebKit.PORT);
			assertThat(deploy).contains("--env PORT=" + port, "--ports " + port + ":http", "--routes /:" + port,
					"--checks " + port + ":http:" + Deployment.HEALTH_PATH, "--instance-type " + kit.size().id(),
					"--env SECRET_KEY={{secret." + KoyebKit.secretName(d) + "}}");
			assertThat(matches(deploy, "--regions ([a-z]+)")).isEqualTo(d.regions().stream().map((r) -> r.code()).toList());
			assertThat(steps).contains("koyeb secrets create " + KoyebKit.secretName(d) + " --value-from-stdin");
			assertThat(steps.contains("--type worker")).isEqualTo(d.worker());
			assertThat(steps.contains("koyeb databases create " + d.name() + "-db")).isEqualTo(d.postgres());
			assertThat(kit.files()).extracting(KitFile::path).doesNotContain(".python-version", "Dockerfile");
		}
	}

	@Test
	void scalingoProcfileManifestAndCronAgree() {
		for (Kit kit : kits("scalingo")) {
			Deployment d = kit.deployment();
			Map<String, String> processes = new LinkedHashMap<>();
			content(kit, "Procfile").lines().forEach((l) -> processes.put(l.substring(0, l.indexOf(':')),
					l.substring(l.indexOf(':') + 2)));
			assertThat(processes.get("web")).isEqualTo(d.webShellCommand());
			JsonNode manifest = JSON.readTree(content(kit, "scalingo.json"));
			assertThat(manifest.path("formation").propertyNames()).containsExactlyElementsOf(processes.keySet());
			assertThat(manifest.path("formation").path("web").path("size").asString()).isEqualTo(kit.size().id());
			assertThat(manifest.path("env").path("SECRET_KEY").path("generator").asString()).isEqualTo("secret");
			assertThat(manifest.path("addons").path(0).path("plan").asString())
				.isEqualTo(d.postgres() ? "postgresql:postgresql-starter-512" : "");
			assertThat(content(kit, ".python-version")).isEqualTo(d.python().text() + "\n");
			assertThat(kit.file("cron.json").isPresent()).isEqualTo(d.cron() != null);
			if (d.cron() != null) {
				assertThat(JSON.readTree(content(kit, "cron.json")).path("jobs").get(0).path("command").asString())
					.isEqualTo(d.cron().crontab() + " " + Deployment.TASK_COMMAND);
			}
			assertThat(steps(kit)).contains("--region " + d.primary().code() + " create " + d.name(),
					"scale web:1:" + kit.size().id());
		}
	}

	@Test
	void upsunConfigStartsTheSameCommandAndRoutesToIt() {
		for (Kit kit : kits("upsun")) {
			Deployment d = kit.deployment();
			JsonNode config = YAML.readTree(content(kit, ".upsun/config.yaml"));
			JsonNode app = config.path("applications").path(d.name());
			assertThat(app.path("type").asString()).isEqualTo("python:" + d.python().text());
			assertThat(app.path("web").path("commands").path("start").asString()).isEqualTo(d.webShellCommand());
			assertThat(app.path("web").path("upstream").path("socket_family").asString()).isEqualTo("tcp");
			assertThat(app.path("hooks").path("build").asString()).contains("pip install -r requirements.txt");
			assertThat(config.path("routes").path("https://{default}/").path("upstream").asString())
				.isEqualTo(d.name() + ":http");
			assertThat(app.path("relationships").has("postgresql")).isEqualTo(d.postgres());
			assertThat(config.path("services").path("postgresql").path("type").asString())
				.isEqualTo(d.postgres() ? UpsunKit.POSTGRES : "");
			assertThat(kit.file(".environment").isPresent()).isEqualTo(d.postgres());
			assertThat(app.path("workers").path("worker").path("commands").path("start").asString())
				.isEqualTo(d.worker() ? Deployment.WORKER_COMMAND : "");
			assertThat(app.path("crons").path("task").path("spec").asString())
				.isEqualTo((d.cron() != null) ? d.cron().crontab() : "");
			assertThat(steps(kit)).contains("choose " + d.primary().code(), "--size " + d.name() + ":" + kit.size().id());
		}
	}

	@Test
	void cleverCloudVariablesRunTheCommandOfTheDescriptionOnItsPort() {
		for (Kit kit : kits("clever-cloud")) {
			Deployment d = kit.deployment();
			Map<String, String> env = new LinkedHashMap<>();
			content(kit, CleverCloudKit.ENV).lines().forEach((l) -> env.put(l.substring(0, l.indexOf('=')),
					l.substring(l.indexOf('=') + 1)));
			assertThat(env.get("CC_RUN_COMMAND")).isEqualTo(String.join(" ", d.webCommand()).replace(
					":" + Deployment.PORT, ":" + CleverCloudKit.PORT)).contains(d.entry().text());
			assertThat(env.get("CC_PYTHON_VERSION")).isEqualTo(d.python().text());
			assertThat(env.get("CC_HEALTH_CHECK_PATH")).isEqualTo(Deployment.HEALTH_PATH);
			assertThat(env.get("CC_WORKER_COMMAND")).isEqualTo(d.worker() ? Deployment.WORKER_COMMAND : null);
			assertThat(kit.file("clevercloud/cron.json").isPresent()).isEqualTo(d.cron() != null);
			if (d.cron() != null) {
				assertThat(JSON.readTree(content(kit, "clevercloud/cron.json")).get(0).asString())
					.isEqualTo(d.cron().crontab() + " $ROOT/clevercloud/task.sh");
				assertThat(content(kit, "clevercloud/task.sh")).startsWith("#!/bin/bash -l\n")
					.contains("exec " + Deployment.TASK_COMMAND);
				assertThat(steps(kit)).contains("chmod +x clevercloud/task.sh");
			}
			assertThat(steps(kit)).contains("--region " + d.primary().code(), "clever scale --flavor " + kit.size().id(),
					"clever env import < " + CleverCloudKit.ENV);
		}
	}

	@Test
	void sevallaNixpacksStartCommandAndProcfileRunTheSameCommandAndTheStepsNameTheSizeAndLocation() {
		for (Kit kit : kits("sevalla")) {
			Deployment d = kit.deployment();
			JsonNode nixpacks = TOML.readTree(content(kit, SevallaKit.NIXPACKS));
			assertThat(nixpacks.propertyNames()).containsExactly("start");
			assertThat(nixpacks.path("start").path("cmd").asString()).isEqualTo(d.webShellCommand())
				.contains(d.entry().text(), "0.0.0.0:$PORT");
			List<String> procfile = content(kit, "Procfile").lines().toList();
			assertThat(procfile.get(0)).isEqualTo("web: " + d.webShellCommand());
			assertThat(procfile).hasSize(d.worker() ? 2 : 1);
			assertThat(d.worker() ? procfile.get(1) : "").isEqualTo(d.worker() ? "worker: " + Deployment.WORKER_COMMAND : "");
			assertThat(content(kit, ".python-version")).isEqualTo(d.python().text() + "\n");
			String steps = steps(kit);
			// the pod the cost model prices, with its source's date; the location the profile lists; what to pick
			assertThat(steps).contains("prices " + kit.size().id() + " (", "dated " + kit.size().source().asOf().text(),
					"Location: Frankfurt, Germany", "--cluster " + SevallaKit.CLUSTER_ID, "sevalla resources clusters",
					"--resource-type <RESOURCE_TYPE>", "sevalla apps create --name " + d.name() + " ");
			assertThat(kit.cost().estimateLinks().get(0)).contains("memoryMb=" + kit.size().memoryMb());
			assertThat(steps.contains("DB_URL")).isEqualTo(d.postgres());
			assertThat(steps.contains(Deployment.TASK_COMMAND)).isEqualTo(d.cron() != null);
		}
	}

	@Test
	void platformsThatRunAShellStartTheSameWebCommand() {
		Map<String, String> query = new LinkedHashMap<>(KitCases.queries().get("render/defaults"));
		String render = YAML.readTree(content(KitCases.kit(this.kits, query), "render.yaml")).path("services").get(0)
			.path("startCommand").asString();
		query.put("provider", "heroku");
		String heroku = content(KitCases.kit(this.kits, query), "Procfile").lines().findFirst().orElseThrow()
			.substring("web: ".length());
		query.put("provider", "railway");
		assertThat(content(KitCases.kit(this.kits, query), ".railway/railway.ts")).contains("start: \"" + render + "\"");
		query.put("provider", "scalingo");
		assertThat(content(KitCases.kit(this.kits, query), "Procfile")).startsWith("web: " + render + "\n");
		query.put("provider", "upsun");
		assertThat(YAML.readTree(content(KitCases.kit(this.kits, query), ".upsun/config.yaml")).path("applications")
			.path(DeployForm.DEFAULT_NAME).path("web").path("commands").path("start").asString()).isEqualTo(render);
		// App Platform's Python page asks gunicorn to keep its temporary files in /dev/shm
		query.put("provider", "digitalocean-app-platform");
		assertThat(YAML.readTree(content(KitCases.kit(this.kits, query), ".do/app.yaml")).path("services").get(0)
			.path("run_command").asString()).isEqualTo("gunicorn --worker-tmp-dir /dev/shm --bind 0.0.0.0:$PORT app:app");
		assertThat(render).isEqualTo(heroku).isEqualTo("gunicorn --bind 0.0.0.0:$PORT app:app");
	}

	@Test
	void everyKitHasItsAppItsPinsAndAReadmeThatListsEveryFile() {
		for (Kit kit : KitCases.all(this.kits)) {
			Deployment d = kit.deployment();
			List<String> paths = kit.files().stream().map(KitFile::path).toList();
			assertThat(paths).doesNotHaveDuplicates().contains("README.md", "requirements.txt", d.entry().path());
			assertThat(paths).containsAll(d.entry().packageFiles());
			assertThat(content(kit, d.entry().path())).contains(d.entry().variable() + " = Flask(__name__)",
					"@" + d.entry().variable() + ".route(\"/\")");
			assertThat(content(kit, "requirements.txt")).contains(AppFiles.FLASK);
			assertThat(paths.contains("worker.py")).isEqualTo(d.worker());
			assertThat(paths.contains("task.py")).isEqualTo(d.cron() != null);
			String readme = content(kit, "README.md");
			assertThat(readme).contains(paths.stream().filter((p) -> !p.equals("README.md")).map((p) -> "`" + p + "`").toList());
			assertThat(readme).contains("## Monthly cost", "## Where each value comes from", kit.page());
		}
	}

	@Test
	void everyAnnotationIsAtItsValueAsACommentWhereTheFormatHasComments() {
		for (Kit kit : KitCases.all(this.kits)) {
			for (KitFile file : kit.files()) {
				if (!file.commented()) {
					continue;
				}
				String comments = file.content().lines().map(String::strip)
					.filter((l) -> l.startsWith("#") || l.startsWith("//"))
					.map((l) -> l.replaceFirst("^(#|//) ?", ""))
					.collect(Collectors.joining(" "));
				for (Annotation a : file.annotations()) {
					assertThat(comments).as(file.path() + ": " + a.setting()).contains(a.comment());
					assertThat(file.content()).as(file.path()).contains(a.value().split(" ")[0]);
				}
			}
		}
	}

	@Test
	void everyValueCitesADatedSourceThatTheProfileOrTheKitNames() {
		for (Kit kit : KitCases.all(this.kits)) {
			List<Citation> citations = new ArrayList<>();
			kit.files().forEach((f) -> f.annotations().forEach((a) -> citations.add(a.source())));
			kit.steps().forEach((s) -> citations.add(s.source()));
			kit.notes().forEach((n) -> citations.add(n.source()));
			citations.add(kit.size().source());
			assertThat(citations).allSatisfy((c) -> {
				assertThat(c.known()).isTrue();
				assertThat(c.asOf()).as(c.title()).isNotNull();
				// an id the profile does not define would come back as its own title, without spaces
				assertThat(c.title()).as("source id not in the profile").contains(" ");
			});
		}
	}

	@Test
	void everyPythonFileParses(@TempDir Path dir) throws Exception {
		Path python = Tools.require("python3", "apt-get install python3");
		List<String> command = Tools.command(python.toString(), "-c",
				"import ast, sys\nfor name in sys.argv[1:]:\n    ast.parse(open(name, encoding='utf-8').read(), name)");
		int n = 0;
		for (Kit kit : KitCases.all(this.kits)) {
			for (KitFile file : kit.files()) {
				if (file.language().equals("python")) {
					Path target = dir.resolve("f" + (n++) + ".py");
					Files.writeString(target, file.content());
					command.add(target.toString());
				}
			}
		}
		Tools.Result result = Tools.run(dir, Map.of(), 60, command.toArray(String[]::new));
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(n).isGreaterThan(20);
	}

	private List<Kit> kits(String slug) {
		return List.of(KitCases.kit(this.kits, KitCases.queries().get(slug + "/defaults")),
				KitCases.kit(this.kits, KitCases.queries().get(slug + "/everything")));
	}

	static String content(Kit kit, String path) {
		return kit.file(path).orElseThrow(() -> new AssertionError("no " + path + " in " + kit.deployment().slug()))
			.content();
	}

	private static String steps(Kit kit) {
		return kit.steps().stream().map(Step::code).collect(Collectors.joining("\n"));
	}

	/** A Dockerfile's instructions, the last of each kind, comments left out. */
	static Map<String, String> instructions(String dockerfile) {
		Map<String, String> instructions = new LinkedHashMap<>();
		for (String line : dockerfile.lines().toList()) {
			if (!line.isBlank() && !line.startsWith("#")) {
				int space = line.indexOf(' ');
				instructions.put(line.substring(0, space), line.substring(space + 1));
			}
		}
		return instructions;
	}

	private static List<String> matches(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		List<String> found = new ArrayList<>();
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

}
