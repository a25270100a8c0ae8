package io.paasatlas.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real PostgreSQL server for the tests, and throw-away databases on it, each reachable through a
 * {@code DATABASE_URL} in Fly.io's form.
 * <p>
 * The server is the one named by {@code PAASATLAS_TEST_POSTGRES_URL} (an administrator's
 * {@code postgres://user:password@host:port/postgres} URL, e.g. a CI service container), else an embedded PostgreSQL
 * started from the zonky jar (it also runs as root: it then drops to {@code nobody}). When neither works the tests are
 * skipped, except under {@code CI=true}, where they fail: CI can never pass without running them.
 * <p>
 * Use it as a JUnit extension: {@code @ExtendWith(TestPostgres.Extension.class)} and a {@code TestPostgres}
 * parameter. The server is started once for all test classes and stopped (or its databases dropped) at the end.
 */
final class TestPostgres implements AutoCloseable {

	static final String URL_VARIABLE = "PAASATLAS_TEST_POSTGRES_URL";

	/** A password with every character Fly.io's URL format makes awkward: it must arrive intact. */
	static final String AWKWARD_PASSWORD = "p@ss:w/rd?#%&+ é";

	private final String host;

	private final int port;

	private final String adminUser;

	private final @Nullable String adminPassword;

	private final @Nullable EmbeddedPostgres embedded;

	private final List<String> databases = new ArrayList<>();

	private final boolean verifiesPasswords;

	private TestPostgres(String host, int port, String adminUser, @Nullable String adminPassword,
			@Nullable EmbeddedPostgres embedded) {
		this.host = host;
		this.port = port;
		this.adminUser = adminUser;
		this.adminPassword = adminPassword;
		this.embedded = embedded;
		this.verifiesPasswords = adminPassword != null && !adminPassword.isEmpty();
	}

	/**
	 * Starts (or finds) the one server of the test run before each test, where a missing server can still skip the
	 * test, and resolves {@code TestPostgres} parameters to it.
	 */
	static final class Extension implements BeforeEachCallback, ParameterResolver {

		@Override
		public void beforeEach(ExtensionContext context) {
			server(context);
		}

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == TestPostgres.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return server(context);
		}

		private static TestPostgres server(ExtensionContext context) {
			ExtensionContext.Store store = context.getRoot()
				.getStore(ExtensionContext.Namespace.create(TestPostgres.class));
			return store.computeIfAbsent("server", (key) -> start(), TestPostgres.class);
		}

	}

	private static TestPostgres start() {
		String url = System.getenv(URL_VARIABLE);
		if (url != null && !url.isBlank()) {
			DatabaseUrl admin = DatabaseUrl.parse(url);
			TestPostgres server = new TestPostgres(admin.host(), admin.port(), admin.username(), admin.password(), null);
			server.requireReachable("the server named by " + URL_VARIABLE + " (" + admin.describe() + ")");
			return server;
		}
		try {
			EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
			return new TestPostgres("127.0.0.1", embedded.getPort(), "postgres", null, embedded);
		}
		catch (Exception | LinkageError ex) {
			String message = "No PostgreSQL server for the DATABASE_URL tests: " + URL_VARIABLE
					+ " is not set and the embedded PostgreSQL did not start (" + ex + ")";
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(message + ". CI=true: these tests must run, so this is a failure.", ex);
			}
			Assumptions.abort(message + "; skipped (they fail under CI=true).");
			throw new IllegalStateException(message, ex);
		}
	}

	private void requireReachable(String what) {
		try (Connection connection = admin(); Statement statement = connection.createStatement()) {
			statement.execute("SELECT 1");
		}
		catch (SQLException ex) {
			String message = "Cannot reach " + what + ": " + ex.getMessage();
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(message + ". CI=true: these tests must run, so this is a failure.", ex);
			}
			Assumptions.abort(message + "; skipped (they fail under CI=true).");
		}
	}

	/** Whether the server checks passwords (the embedded one trusts every local connection). */
	boolean verifiesPasswords() {
		return this.verifiesPasswords;
	}

	/**
	 * Creates an empty database owned by a new role whose password is {@link #AWKWARD_PASSWORD}.
	 * @return its {@code DATABASE_URL} as {@code flyctl postgres attach} writes it, percent-encoded
	 */
	String createDatabase() throws SQLException {
		String name = "atlas_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		try (Connection connection = admin(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + AWKWARD_PASSWORD.replace("'", "''") + "'");
			statement.execute("CREATE DATABASE " + name + " OWNER " + name);
		}
		this.databases.add(name);
		return "postgres://" + name + ":" + encode(AWKWARD_PASSWORD) + "@" + this.host + ":" + this.port + "/" + name
				+ "?sslmode=disable";
	}

	/** A connection to one of the created databases, as the administrator. */
	Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(jdbc(database), this.adminUser,
				(this.adminPassword != null) ? this.adminPassword : "");
	}

	/** The first column of the first row of a query on a created database. */
	Object queryOne(String database, String sql) throws SQLException {
		try (Connection connection = connect(database); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			if (!result.next()) {
				throw new IllegalStateException("no row: " + sql);
			}
			return result.getObject(1);
		}
	}

	static String databaseName(String databaseUrl) {
		String path = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
		return path.substring(0, path.indexOf('?'));
	}

	private Connection admin() throws SQLException {
		return connect("postgres");
	}

	private String jdbc(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	private static String encode(String text) {
		// URLEncoder writes a space as +, which in a URL's user information means a plus sign
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public void close() throws Exception {
		if (this.embedded != null) {
			this.embedded.close();
			return;
		}
		try (Connection connection = admin(); Statement statement = connection.createStatement()) {
			for (String name : this.databases) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
				statement.execute("DROP ROLE IF EXISTS " + name.toLowerCase(Locale.ROOT));
			}
		}
	}

}
