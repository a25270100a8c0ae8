package io.paasatlas.catalog;

import java.time.Clock;
import java.util.SortedMap;

import jakarta.validation.ValidatorFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * Compiles the catalog during {@code process-aot} ({@link CompiledCatalog}): reads and validates the profiles the
 * app would read with the build's settings, and adds them as a resource of the AOT-processed app. An invalid
 * catalog is not compiled: the app then reads the YAML and reports every error as it always does.
 */
final class CompiledCatalogAotProcessor implements BeanFactoryInitializationAotProcessor {

	private static final Log logger = LogFactory.getLog(CompiledCatalogAotProcessor.class);

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		long start = System.nanoTime();
		String location = beanFactory.getBean(Environment.class).getProperty("catalog.location");
		SortedMap<String, String> texts = CatalogLoader.texts(location);
		if (texts == null) {
			return null;
		}
		CatalogReport report;
		try (ValidatorFactory factory = CatalogLoader.standaloneValidatorFactory()) {
			report = new CatalogLoader(factory.getValidator(), Clock.systemDefaultZone())
				.load(CatalogLoader.describeLocation(location), texts);
		}
		if (!report.valid()) {
			logger.warn("The catalog is not compiled: it is invalid\n" + report.describe());
			return null;
		}
		CompiledCatalog compiled = new CompiledCatalog(CompiledCatalog.digest(texts), report.profiles());
		String profiles = compiled.profilesJson();
		logger.info("Compiled " + compiled.profiles().size() + " provider profiles read and validated from "
				+ CatalogLoader.describeLocation(location) + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		return (generationContext, code) -> {
			generationContext.getGeneratedFiles().addResourceFile(CompiledCatalog.RESOURCE, profiles);
			generationContext.getGeneratedFiles().addResourceFile(CompiledCatalog.DIGEST_RESOURCE, compiled.digest());
		};
	}

}
