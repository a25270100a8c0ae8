package io.paasatlas.catalog;

import java.time.Clock;
import java.util.List;
import java.util.SortedMap;

import jakarta.validation.Validator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.aot.AotDetector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads and validates the catalog once at start-up; invalid data stops the app. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	private static final Log logger = LogFactory.getLog(CatalogConfiguration.class);

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	LoadedCatalog loadedCatalog(CatalogProperties properties, Validator validator, Clock clock) {
		long start = System.nanoTime();
		String where = CatalogLoader.describeLocation(properties.location());
		SortedMap<String, String> texts = CatalogLoader.texts(properties.location());
		LoadedCatalog compiled = (texts != null && AotDetector.useGeneratedArtifacts())
				? CompiledCatalog.matching(getClass().getClassLoader(), texts) : null;
		if (compiled != null) {
			logger.info("Read " + compiled.profiles().size() + " provider profiles compiled at build time from the "
					+ "files in " + where + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
			return compiled;
		}
		CatalogLoader loader = new CatalogLoader(validator, clock);
		// an unreadable folder: load says why
		CatalogReport report = (texts != null) ? loader.load(where, texts) : loader.load(properties.location());
		if (!report.valid()) {
			throw new InvalidCatalogException(report);
		}
		logger.info("Read " + report.entries().size() + " provider profiles from " + where + " in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
		return new LoadedCatalog(report.profiles());
	}

}
