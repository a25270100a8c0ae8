package io.paasatlas.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.paasatlas.PaasAtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances on one PostgreSQL, as a deploy to three regions or {@code fly scale count 3} runs them: started
 * at the same moment they all come up and serve the same catalog (two of three died on the unique slug while
 * seeding); and in a rolling deploy, the instances still running the old version keep serving while a new version
 * with a different catalog seeds the shared database.
 */
@ExtendWith(TestPostgres.Extension.class)
class ScaleOutTests {

	static final List<String> PAGES = List.of("/", "/providers", "/providers/fly-io", "/regions",
			"/compare?providers=fly-io,heroku,render", "/estimate?preset=global-flask", "/advisor?preset=qrcards",
			"/providers?format=csv", "/api/providers", "/api/providers/fly-io", "/api/compare?providers=fly-io,render",
			"/api/estimate?preset=minimal-flask", "/api/advisor?preset=qrcards");

	@Test
	void threeInstancesStartedTogetherServeOneCatalogAndOldOnesServeOnThroughARollingDeploy(TestPostgres postgres,
			@TempDir Path temp) throws Exception {
		String url = postgres.createDatabase();
		String database = TestPostgres.databaseName(url);
		List<AppProcess> apps = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				apps.add(start(url, Path.of("data/providers")));
			}
			for (AppProcess app : apps) {
				app.awaitOk("/actuator/health/readiness");
			}
			// the same bytes, so that an entity tag from one instance revalidates on another
			for (String page : PAGES) {
				HttpResponse<String> first = apps.get(0).get(page);
				assertThat(first.statusCode()).as(page).isEqualTo(200);
				for (AppProcess app : apps.subList(1, 3)) {
					HttpResponse<String> other = app.get(page);
					assertThat(other.body()).as(page).isEqualTo(first.body());
					assertThat(other.headers().firstValue("ETag")).as(page).isEqualTo(first.headers().firstValue("ETag"));
				}
			}
			assertThat(postgres.queryOne(database, "SELECT count(*) FROM provider")).isEqualTo(profileCount());
			assertThat(apps.get(0).output() + apps.get(1).output() + apps.get(2).output())
				.doesNotContain("duplicate key", "APPLICATION FAILED TO START");

			// the rolling deploy: the third instance is replaced by a new version whose catalog renames a provider
			apps.get(2).signal("TERM");
			assertThat(apps.get(2).awaitExit(Duration.ofSeconds(60))).isZero();
			AppProcess next = start(url, nextCatalog(temp));
			apps.add(next);
			next.awaitOk("/actuator/health/readiness");
			assertThat(next.get("/api/providers/heroku").body()).contains("\"name\":\"Heroku Next\"");
			for (AppProcess old : apps.subList(0, 2)) {
				HttpResponse<String> heroku = old.get("/providers/heroku?after=deploy");
				assertThat(heroku.statusCode()).isEqualTo(200);
				assertThat(heroku.body()).contains("Heroku Next");
				HttpResponse<String> comparison = old.get("/compare?providers=heroku,render");
				assertThat(comparison.statusCode()).isEqualTo(200);
				assertThat(comparison.body()).contains("Heroku Next");
			}

			// a document the new version wrote with a field the old one does not know still reads on the old one
			try (Connection connection = postgres.connect(database); Statement statement = connection.createStatement()) {
				statement.executeUpdate("UPDATE provider_document SET json = '{\"added_later\":{\"x\":1},' || substr(json, 2), "
						+ "content_hash = 'newer' WHERE provider_id = (SELECT id FROM provider WHERE slug = 'render')");
			}
			for (AppProcess old : apps.subList(0, 2)) {
				assertThat(old.get("/api/providers/render?after=newer").statusCode()).isEqualTo(200);
				assertThat(old.get("/providers/render?after=newer").statusCode()).isEqualTo(200);
			}
		}
		finally {
			for (AppProcess app : apps) {
				app.close();
			}
		}
	}

	private static AppProcess start(String databaseUrl, Path catalog) {
		return AppProcess.start(PaasAtlasApplication.class, Map.of("PORT", Integer.toString(AppProcess.freePort()),
				"DATABASE_URL", databaseUrl, "CATALOG_LOCATION", catalog.toAbsolutePath().toString()));
	}

	/** The catalog of the next version: the same profiles, one provider renamed. */
	private static Path nextCatalog(Path temp) throws IOException {
		Path folder = Files.createDirectories(temp.resolve("providers"));
		try (Stream<Path> files = Files.list(Path.of("data/providers"))) {
			for (Path file : files.toList()) {
				String text = Files.readString(file);
				if (file.getFileName().toString().equals("heroku.yaml")) {
					assertThat(text).contains("\nname: Heroku\n");
					text = text.replace("\nname: Heroku\n", "\nname: Heroku Next\n");
				}
				Files.writeString(folder.resolve(file.getFileName()), text);
			}
		}
		return folder;
	}

	private static long profileCount() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("data/providers"))) {
			return files.filter((file) -> file.toString().endsWith(".yaml")).count();
		}
	}

}
