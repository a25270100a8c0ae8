package io.paasatlas.deploy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kits run: each is downloaded as a user downloads it ({@code /deploy/{slug}.zip}), unzipped, and its web
 * process started with the very command its provider's file gives (Render's startCommand, Heroku's, Scalingo's,
 * Koyeb's and Sevalla's Procfile, Sevalla's nixpacks.toml start command, Railway's start, DigitalOcean's run_command, Upsun's web start; PythonAnywhere's WSGI file under gunicorn), with {@code PORT} set as the platform sets it; then
 * {@code /} must answer the sample app's page. The worker must stop with status 0 on SIGTERM and the cron job end
 * with status 0. Uses Debian's python3-flask, gunicorn, python3-waitress and python-is-python3 (skipped without
 * them, failed under {@code CI=true}). The Fly.io kit's Dockerfile runs in {@code scripts/kit-smoke.sh}.
 */
@SpringBootTest(properties = "catalog.location=data/providers")
@AutoConfigureMockMvc
class KitRunTests {

	static final YAMLMapper YAML = new YAMLMapper();

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Autowired
	MockMvcTester mvc;

	@TempDir
	Path dir;

	@Test
	void renderStartCommandServesTheApp() throws Exception {
		for (String kitCase : new String[] { "render/defaults", "render/everything" }) {
			Path kit = unzip(kitCase);
			String command = YAML.readTree(kit.resolve("render.yaml")).path("services").get(0).path("startCommand")
				.asString();
			assertServes(kit, command, "Flask on Render!");
		}
	}

	@Test
	void herokuScalingoKoyebAndSevallaProcfilesServeTheApp() throws Exception {
		Map<String, String> bodies = Map.of("heroku", "Flask on Heroku!", "scalingo", "Flask on Scalingo!", "koyeb",
				"Flask on Koyeb!", "sevalla", "Flask on Sevalla!");
		for (String kitCase : new String[] { "heroku/defaults", "heroku/everything", "scalingo/defaults",
				"scalingo/everything", "koyeb/defaults", "koyeb/everything", "sevalla/defaults", "sevalla/everything" }) {
			Path kit = unzip(kitCase);
			String web = Files.readAllLines(kit.resolve("Procfile")).get(0);
			assertThat(web).startsWith("web: ");
			assertServes(kit, web.substring("web: ".length()), bodies.get(kitCase.substring(0, kitCase.indexOf('/'))));
		}
	}

	@Test
	void sevallaNixpacksStartCommandServesTheApp() throws Exception {
		for (String kitCase : new String[] { "sevalla/defaults", "sevalla/everything" }) {
			Path kit = unzip(kitCase);
			String cmd = KitFilesTests.TOML.readTree(kit.resolve(SevallaKit.NIXPACKS)).path("start").path("cmd")
				.asString();
			assertServes(kit, cmd, "Flask on Sevalla!");
		}
	}

	@Test
	void railwayStartCommandServesTheApp() throws Exception {
		for (String kitCase : new String[] { "railway/defaults", "railway/everything" }) {
			Path kit = unzip(kitCase);
			Matcher start = Pattern.compile("start: \"([^\"]+)\"").matcher(Files.readString(kit.resolve(".railway/railway.ts")));
			assertThat(start.find()).isTrue();
			assertServes(kit, start.group(1), "Flask on Railway!");
		}
	}

	@Test
	void digitalOceanRunCommandServesTheAppOnItsHttpPort() throws Exception {
		for (String kitCase : new String[] { "digitalocean-app-platform/defaults", "digitalocean-app-platform/everything" }) {
			Path kit = unzip(kitCase);
			JsonNode web = YAML.readTree(kit.resolve(".do/app.yaml")).path("services").get(0);
			// App Platform sets PORT to http_port; the test gives it a free port instead of 8080
			assertServes(kit, web.path("run_command").asString(), "Flask on DigitalOcean App Platform!");
		}
	}

	@Test
	void upsunStartCommandServesTheApp() throws Exception {
		for (String kitCase : new String[] { "upsun/defaults", "upsun/everything" }) {
			Path kit = unzip(kitCase);
			String name = KitCases.queries().get(kitCase).getOrDefault("name", DeployForm.DEFAULT_NAME);
			String start = YAML.readTree(kit.resolve(".upsun/config.yaml")).path("applications").path(name).path("web")
				.path("commands").path("start").asString();
			assertServes(kit, start, "Flask on Upsun!");
		}
	}

	@Test
	void cleverCloudRunCommandServesTheAppAndTheCronWrapperRunsTheTask() throws Exception {
		for (String kitCase : new String[] { "clever-cloud/defaults", "clever-cloud/everything" }) {
			Path kit = unzip(kitCase);
			String run = Files.readAllLines(kit.resolve(CleverCloudKit.ENV)).stream()
				.filter((l) -> l.startsWith("CC_RUN_COMMAND=")).findFirst().orElseThrow().substring("CC_RUN_COMMAND=".length());
			// Clever Cloud's port for a Python run command is 9000; the test binds a free port instead
			assertThat(run).contains("0.0.0.0:" + CleverCloudKit.PORT);
			assertServes(kit, run.replace("0.0.0.0:" + CleverCloudKit.PORT, "0.0.0.0:$PORT"), "Flask on Clever Cloud!");
		}
		Tools.require("python", "apt-get install python-is-python3");
		Path kit = unzip("clever-cloud/everything");
		Tools.Result task = Tools.run(kit, Map.of("APP_HOME", kit.toString()), 30, "bash",
				kit.resolve("clevercloud/task.sh").toString());
		assertThat(task.exitCode()).as(task.output()).isZero();
		assertThat(task.output()).contains("task: ran at ");
	}

	@Test
	void cloudRunDockerfileCommandServesTheAppOnTheServicesContainerPort() throws Exception {
		for (String kitCase : new String[] { "google-cloud-run/defaults", "google-cloud-run/everything" }) {
			Path kit = unzip(kitCase);
			List<String> cmd = new ArrayList<>();
			String dockerfile = Files.readString(kit.resolve("Dockerfile"));
			new tools.jackson.databind.json.JsonMapper().readTree(KitFilesTests.instructions(dockerfile).get("CMD"))
				.forEach((a) -> cmd.add(a.asString()));
			JsonNode container = YAML.readTree(kit.resolve(CloudRunKit.SERVICE)).path("spec").path("template")
				.path("spec").path("containers").get(0);
			String bind = "0.0.0.0:" + container.path("ports").get(0).path("containerPort").asInt();
			assertThat(String.join(" ", cmd)).contains(bind);
			// the image's CMD as its shell would run it; the test binds a free port instead of the container's
			assertServes(kit, String.join(" ", cmd).replace(bind, "0.0.0.0:$PORT"), "Flask on Google Cloud Run!");
		}
	}

	@Test
	void pythonAnywhereWsgiFileServesTheAppFromItsFolder() throws Exception {
		Tools.require("gunicorn", "apt-get install gunicorn python3-flask");
		for (String kitCase : new String[] { "pythonanywhere/defaults", "pythonanywhere/everything" }) {
			Path kit = unzip(kitCase);
			Path var = Files.createDirectories(this.dir.resolve("var-www-" + kitCase.replace('/', '-')));
			String wsgi = Files.readString(kit.resolve("pythonanywhere_wsgi.py"));
			String folder = "/home/" + PythonAnywhereKit.USERNAME + "/" + kit.getFileName();
			assertThat(wsgi).contains(folder);
			Files.writeString(var.resolve("pythonanywhere_wsgi.py"), wsgi.replace(folder, kit.toString()));
			// run from another folder, as PythonAnywhere does: the WSGI file must find the code itself
			assertServes(var, "gunicorn --bind 127.0.0.1:$PORT pythonanywhere_wsgi:application", "Flask on PythonAnywhere!");
		}
	}

	@Test
	void workerStopsOnSigtermAndCronJobEnds() throws Exception {
		Tools.require("python", "apt-get install python-is-python3");
		Path kit = unzip("heroku/everything");
		Path log = this.dir.resolve("worker.log");
		Process worker = new ProcessBuilder("sh", "-c", "exec " + Deployment.WORKER_COMMAND).directory(kit.toFile())
			.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			for (int i = 0; i < 100 && !Files.readString(log).contains("worker: waiting for work"); i++) {
				Thread.sleep(100);
			}
			assertThat(Files.readString(log)).startsWith("worker: waiting for work");
			worker.destroy();
			assertThat(worker.waitFor(10, TimeUnit.SECONDS)).isTrue();
			assertThat(worker.exitValue()).as(Files.readString(log)).isZero();
		}
		finally {
			worker.destroyForcibly();
		}
		Tools.Result task = Tools.run(kit, Map.of(), 30, "sh", "-c", Deployment.TASK_COMMAND);
		assertThat(task.exitCode()).as(task.output()).isZero();
		assertThat(task.output()).startsWith("task: ran at ");
	}

	/** The kit of a case, downloaded and unzipped; its folder. */
	private Path unzip(String kitCase) throws IOException {
		Map<String, String> query = KitCases.queries().get(kitCase);
		String uri = "/deploy/" + query.get("provider") + ".zip?" + query.entrySet().stream()
			.map((e) -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/zip");
		Path target = Files.createDirectories(this.dir.resolve(kitCase.replace('/', '-')));
		String name = query.getOrDefault("name", DeployForm.DEFAULT_NAME);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				assertThat(entry.getName()).startsWith(name + "/").doesNotContain("..");
				Path file = target.resolve(entry.getName());
				Files.createDirectories(file.getParent());
				Files.write(file, zip.readAllBytes());
			}
		}
		return target.resolve(name);
	}

	/** Starts the command in a shell with PORT set, as the platforms do, and requests {@code /}. */
	private static void assertServes(Path folder, String command, String body) throws Exception {
		String server = command.split(" ")[0];
		Tools.require(server, "apt-get install gunicorn python3-waitress python3-flask");
		int port = freePort();
		Path log = Files.createTempFile("kit-run", ".log");
		ProcessBuilder builder = new ProcessBuilder("sh", "-c", "exec " + command).directory(folder.toFile())
			.redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("PORT", String.valueOf(port));
		Process process = builder.start();
		try {
			HttpResponse<String> response = null;
			for (int i = 0; i < 100 && process.isAlive() && response == null; i++) {
				try {
					response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
						.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
				}
				catch (IOException notYet) {
					Thread.sleep(100);
				}
			}
			assertThat(response).as(command + " in " + folder + ":\n" + Files.readString(log)).isNotNull();
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo(body);
		}
		finally {
			process.destroy();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			Files.deleteIfExists(log);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
