package io.paasatlas.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Where the settings from {@code DATABASE_URL} rank among the other property sources. */
class DatabaseUrlEnvironmentPostProcessorTests {

	private final DatabaseUrlEnvironmentPostProcessor processor = new DatabaseUrlEnvironmentPostProcessor(
			new DeferredLogs());

	@Test
	void withoutDatabaseUrlTheH2DefaultsStay() {
		StandardEnvironment environment = environment(Map.of());
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:paasatlas");
		assertThat(environment.getPropertySources().contains("databaseUrl")).isFalse();
	}

	@Test
	void aBlankDatabaseUrlCountsAsUnset() {
		StandardEnvironment environment = environment(Map.of("DATABASE_URL", "  "));
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:paasatlas");
	}

	@Test
	void databaseUrlOverridesTheApplicationProperties() {
		StandardEnvironment environment = environment(
				Map.of("DATABASE_URL", "postgres://app:pw@db.flycast:5432/app?sslmode=disable"));
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.flycast:5432/app?sslmode=disable");
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("app");
		assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("pw");
	}

	@Test
	void anExplicitSpringDatasourceUrlVariableStillWins() {
		StandardEnvironment environment = environment(Map.of("DATABASE_URL", "postgres://app:pw@db:5432/app",
				"SPRING_DATASOURCE_URL", "jdbc:postgresql://other:5432/other"));
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://other:5432/other");
	}

	@Test
	void aMalformedUrlStopsTheStart() {
		StandardEnvironment environment = environment(Map.of("DATABASE_URL", "postgres://app:secret@db:port/app"));
		assertThatExceptionOfType(InvalidDatabaseUrlException.class)
			.isThrownBy(() -> this.processor.postProcessEnvironment(environment, new SpringApplication()))
			.withMessageContaining("the port must be a number")
			.withMessageNotContaining("secret");
	}

	@Test
	void theFailureAnalysisSaysWhatIsWrongAndWhatToDo() {
		InvalidDatabaseUrlException ex = new InvalidDatabaseUrlException("the host is missing",
				"postgres://app:****@:5432/app");
		var analysis = new InvalidDatabaseUrlFailureAnalyzer().analyze(ex);
		assertThat(analysis.getDescription()).contains("the host is missing", "postgres://app:****@:5432/app");
		assertThat(analysis.getAction()).contains("postgres://USER:PASSWORD@HOST:5432/DATABASE?sslmode=disable",
				"percent-encoded", "unset it");
	}

	/** An environment like the app's: environment variables above application.properties. */
	private static StandardEnvironment environment(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		environment.getPropertySources()
			.addLast(new MapPropertySource("application.properties",
					Map.of("spring.datasource.url", "jdbc:h2:mem:paasatlas", "spring.datasource.username", "sa")));
		return environment;
	}

}
