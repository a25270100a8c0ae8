package io.paasatlas.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.paasatlas.PaasAtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app on a real PostgreSQL server, reached through {@code DATABASE_URL} in Fly.io's form: the same Flyway
 * migration runs, the catalog is seeded and served, and a restart on the same database (as every Fly.io deploy does)
 * finds the migration applied and seeds to the same rows.
 */
@ExtendWith(TestPostgres.Extension.class)
class PostgresDatabaseTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void migratesSeedsAndServesTheCatalogFromPostgresAndRestartsOnTheSameDatabase(TestPostgres postgres)
			throws Exception {
		String url = postgres.createDatabase();
		String database = TestPostgres.databaseName(url);

		String first;
		try (ConfigurableApplicationContext app = start(url)) {
			DataSource dataSource = app.getBean(DataSource.class);
			try (Connection connection = dataSource.getConnection()) {
				assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
				assertThat(connection.getMetaData().getURL()).startsWith("jdbc:postgresql://")
					.endsWith("/" + database + "?sslmode=disable");
				assertThat(connection.getMetaData().getUserName()).isEqualTo(database);
			}
			// the password arrived decoded, every awkward character intact
			assertThat(((HikariDataSource) dataSource).getPassword()).isEqualTo(TestPostgres.AWKWARD_PASSWORD);
			assertThat(get(app, "/providers").statusCode()).isEqualTo(200);
			HttpResponse<String> fly = get(app, "/providers/fly-io");
			assertThat(fly.statusCode()).isEqualTo(200);
			assertThat(fly.body()).contains("Fly.io");
			assertThat(get(app, "/actuator/health").body()).contains("\"status\":\"UP\"");
			first = snapshot(postgres, database);
		}
		assertThat(postgres.queryOne(database, "SELECT count(*) FROM provider")).isEqualTo((long) profileCount());
		assertThat(postgres.queryOne(database, "SELECT count(*) FROM provider_document"))
			.isEqualTo((long) profileCount());
		assertThat(postgres.queryOne(database, "SELECT count(*) FROM provider_region")).isNotEqualTo(0L);
		assertThat(postgres.queryOne(database, "SELECT string_agg(version || ':' || success, ',' ORDER BY installed_rank)"
				+ " FROM flyway_schema_history WHERE version IS NOT NULL"))
			.as("every migration of db/migration, applied")
			.isEqualTo(String.join(",", migrationVersions().stream().map((v) -> v + ":true").toList()));

		try (ConfigurableApplicationContext app = start(url)) {
			assertThat(get(app, "/providers/heroku").statusCode()).isEqualTo(200);
			assertThat(snapshot(postgres, database)).isEqualTo(first);
		}
	}

	@Test
	void startsAsAProcessFromFlysEnvironmentVariablesAndStopsWithZero(TestPostgres postgres) throws Exception {
		String url = postgres.createDatabase();
		int port = AppProcess.freePort();
		try (AppProcess app = AppProcess.start(PaasAtlasApplication.class,
				Map.of("PORT", Integer.toString(port), "DATABASE_URL", url))) {
			app.awaitOk("/actuator/health");
			assertThat(app.get("/providers").statusCode()).isEqualTo(200);
			assertThat(app.output()).contains("DATABASE_URL is set: PostgreSQL at ")
				.doesNotContain(TestPostgres.AWKWARD_PASSWORD);
			app.signal("TERM");
			assertThat(app.awaitExit(Duration.ofSeconds(60))).as(app.output()).isZero();
		}
		assertThat(postgres.queryOne(TestPostgres.databaseName(url), "SELECT count(*) FROM provider"))
			.isEqualTo((long) profileCount());
	}

	private static ConfigurableApplicationContext start(String databaseUrl) {
		return new SpringApplicationBuilder(PaasAtlasApplication.class).run("--DATABASE_URL=" + databaseUrl,
				"--server.port=0");
	}

	private HttpResponse<String> get(ConfigurableApplicationContext app, String path)
			throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** What the seeding leaves behind: providers with their ids, regions, documents and their hashes. */
	private static String snapshot(TestPostgres postgres, String database) throws Exception {
		return postgres.queryOne(database, "SELECT string_agg(slug || '#' || id, ',' ORDER BY slug) FROM provider") + " | "
				+ postgres.queryOne(database, "SELECT count(*) FROM provider_region") + " regions | "
				+ postgres.queryOne(database,
						"SELECT string_agg(d.content_hash, ',' ORDER BY p.slug) FROM provider_document d JOIN provider p ON p.id = d.provider_id")
				+ " | migrations " + postgres.queryOne(database, "SELECT count(*) FROM flyway_schema_history");
	}

	private static long profileCount() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("data/providers"))) {
			return files.filter((file) -> file.toString().endsWith(".yaml")).count();
		}
	}


	/** The versions of the migrations in {@code src/main/resources/db/migration}, in order: {@code 1, 2}. */
	private static List<String> migrationVersions() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
			return files.map((f) -> f.getFileName().toString())
				.filter((name) -> name.matches("V[0-9]+__.*\\.sql"))
				.map((name) -> name.substring(1, name.indexOf("__")))
				.sorted(java.util.Comparator.comparingInt(Integer::parseInt))
				.toList();
		}
	}

}
