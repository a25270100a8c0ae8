package io.paasatlas.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

/**
 * Turns {@code DATABASE_URL} in Fly.io's form ({@code postgres://USER:PASSWORD@HOST:5432/DATABASE?sslmode=disable},
 * as {@code flyctl postgres attach} sets it) into {@code spring.datasource.url}, {@code username} and
 * {@code password}, so the app and its Flyway migrations run on PostgreSQL; without it the app keeps the in-memory H2
 * database of {@code application.properties}. The settings rank just below the environment variables, so an explicit
 * {@code SPRING_DATASOURCE_URL} (or a system property or command-line argument) still wins. A malformed value stops
 * the app with {@link InvalidDatabaseUrlException}, whose message masks the password.
 */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String VARIABLE = "DATABASE_URL";

	static final String PROPERTY_SOURCE_NAME = "databaseUrl";

	private final Log logger;

	DatabaseUrlEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(DatabaseUrlEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String value = environment.getProperty(VARIABLE);
		if (!StringUtils.hasText(value)) {
			return;
		}
		DatabaseUrl url = DatabaseUrl.parse(value);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", url.jdbcUrl());
		properties.put("spring.datasource.username", url.username());
		properties.put("spring.datasource.password", (url.password() != null) ? url.password() : "");
		MutablePropertySources sources = environment.getPropertySources();
		MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, properties);
		if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
			sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source);
		}
		else {
			sources.addFirst(source);
		}
		this.logger.info("DATABASE_URL is set: PostgreSQL at " + url.describe() + " as user '" + url.username() + "'");
	}

}
