package io.paasatlas.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@code DATABASE_URL} as Fly.io writes it, turned into JDBC settings; and every way it can be wrong. */
class DatabaseUrlTests {

	@Test
	void readsTheUrlThatFlyctlPostgresAttachSets() {
		DatabaseUrl url = DatabaseUrl
			.parse("postgres://paas_atlas:Xk2vR9qLm7@paas-atlas-db.flycast:5432/paas_atlas?sslmode=disable");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://paas-atlas-db.flycast:5432/paas_atlas?sslmode=disable");
		assertThat(url.username()).isEqualTo("paas_atlas");
		assertThat(url.password()).isEqualTo("Xk2vR9qLm7");
		assertThat(url.describe()).isEqualTo("paas-atlas-db.flycast:5432/paas_atlas");
	}

	@Test
	void readsTheInternalHostForm() {
		DatabaseUrl url = DatabaseUrl
			.parse("postgres://app:pw@top2.nearest.of.atlas-db.internal:5432/app?sslmode=disable");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://top2.nearest.of.atlas-db.internal:5432/app?sslmode=disable");
	}

	@Test
	void readsThePostgresqlSchemeAndDefaultsThePortAsManagedPostgresWritesIt() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://fly-user:PWD@pgbouncer.abc123.flympg.net/fly-db");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://pgbouncer.abc123.flympg.net:5432/fly-db");
		assertThat(url.username()).isEqualTo("fly-user");
		assertThat(url.password()).isEqualTo("PWD");
		assertThat(url.port()).isEqualTo(5432);
	}

	@Test
	void decodesPercentEncodedUserAndPassword() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://us%40er:p%40ss%3Aw%2Frd%3F%23%25%26%2B%20%C3%A9@db:6543/d%20b");
		assertThat(url.username()).isEqualTo("us@er");
		assertThat(url.password()).isEqualTo("p@ss:w/rd?#%&+ é");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:6543/d%20b");
		assertThat(url.database()).isEqualTo("d b");
	}

	@Test
	void takesTheLastAtSignAsTheEndOfTheUserSoAnUnencodedAtStaysInThePassword() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://app:p@ss@db:5432/app");
		assertThat(url.password()).isEqualTo("p@ss");
		assertThat(url.host()).isEqualTo("db");
	}

	@Test
	void acceptsIpv6HostsAndSurroundingWhiteSpace() {
		DatabaseUrl url = DatabaseUrl.parse("  postgres://app:pw@[fdaa:0:1::3]:5433/app\n");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://[fdaa:0:1::3]:5433/app");
	}

	@Test
	void aUrlWithoutPasswordGivesNone() {
		assertThat(DatabaseUrl.parse("postgres://postgres@localhost/app").password()).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			hunter2-SECRET                                                       | it has no scheme
			jdbc:postgresql://db:5432/app?user=app&password=hunter2-SECRET       | not 'jdbc:postgresql://' (give the URL without jdbc:
			mysql://app:hunter2-SECRET@db:3306/app                               | not 'mysql://'
			postgres://app:hunter2-SECRET@:5432/app                              | the host is missing
			postgres://app:hunter2-SECRET@db:54x2/app                            | the port must be a number from 1 to 65535
			postgres://app:hunter2-SECRET@db:70000/app                           | the port must be a number from 1 to 65535
			postgres://app:hunter2-SECRET@db:5432                                | the database name is missing
			postgres://app:hunter2-SECRET@db:5432/                               | the database name is missing
			postgres://app:hunter2-SECRET@db:5432/a/b                            | the path must be a single database name
			postgres://app:hunter2-SECRET@db:5432/app#x                          | a fragment
			postgres://app:hunter2-SECRET@db:5432/app?sslmode=disable&x=a b      | the query contains characters
			postgres://db:5432/app                                               | the user name is missing
			postgres://:hunter2-SECRET@db:5432/app                               | the user name before the password is empty
			postgres://app:hunter2-SECRET%zz@db:5432/app                         | the password has a % that does not start
			postgres://app:hunter2-SECRET @db:5432/app                           | the password contains a space
			postgres://app:hunter2-SECRET/db:5432/app                            | the port must be a number
			postgres://db host:5432/app                                          | the host contains characters
			""")
	void aMalformedUrlSaysWhatIsWrongWithoutThePassword(String value, String problem) {
		assertThatExceptionOfType(InvalidDatabaseUrlException.class).isThrownBy(() -> DatabaseUrl.parse(value))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains(problem).doesNotContain("hunter2");
				assertThat(ex.getCause()).isNull();
				assertThat(String.valueOf(ex.redactedUrl())).doesNotContain("hunter2");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgres://app:hunter2-SECRET@db:5432/app?sslmode=disable",
			"postgres://app:hunter2@SECRET@db:5432/app", "postgres://app:hunter2-SECRET@db:x/app",
			"postgres://db:5432/app?password=hunter2-SECRET&sslmode=disable",
			"postgres://db:5432/app?sslmode=disable&sslpassword=hunter2-SECRET", "postgres://app:hunter2-SECRET/app",
			"'postgres://app:hunter2-SECRET@db/app'", "hunter2-SECRET" })
	void redactionNeverShowsThePassword(String value) {
		assertThat(DatabaseUrl.redact(value)).doesNotContain("hunter2");
	}

	@Test
	void redactionKeepsWhatHelpsToFindTheMistake() {
		assertThat(DatabaseUrl.redact("postgres://app:secret@db.flycast:54x2/app?sslmode=disable"))
			.isEqualTo("postgres://app:****@db.flycast:54x2/app?sslmode=disable");
		assertThat(DatabaseUrl.redact("postgres://db:5432/app?password=secret&sslmode=disable"))
			.isEqualTo("postgres://db:5432/app?password=****&sslmode=disable");
	}

}
