package io.paasatlas.catalog;

import io.paasatlas.PaasAtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The app refuses to start on an invalid catalog, and says why: every error, with file, line and field. */
@ExtendWith(OutputCaptureExtension.class)
class InvalidCatalogStartupTests {

	@Test
	void failsToStartAndReportsEveryError(CapturedOutput output) {
		String folder = CatalogFixtures.folder("bad/several").toString();
		// as command-line arguments: application.properties sets catalog.location, which default properties
		// (SpringApplicationBuilder.properties) cannot override
		SpringApplicationBuilder app = new SpringApplicationBuilder(PaasAtlasApplication.class);
		String[] args = { "--catalog.location=" + folder, "--server.port=0",
				// a database of its own, so that nothing is left in the one the other tests share
				"--spring.datasource.url=jdbc:h2:mem:invalid-catalog;DB_CLOSE_DELAY=-1" };
		Throwable thrown = catchThrowable(() -> {
			try (ConfigurableApplicationContext context = app.run(args)) {
				// started: closed at once, and the assertion below fails
			}
		});
		assertThat(thrown).as("start-up fails").isNotNull().satisfies((ex) -> {
			Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
			assertThat(root).isInstanceOf(InvalidCatalogException.class);
			CatalogReport report = ((InvalidCatalogException) root).report();
			assertThat(report.errors()).extracting(CatalogError::toString)
				.satisfiesExactly((e) -> assertThat(e).startsWith("several-a.yaml:16: identity: mapping values"),
						(e) -> assertThat(e).startsWith("several-b.yaml:12: sources.docs.as_of: date 2999"),
						(e) -> assertThat(e).startsWith("several-b.yaml:17: identity.source: source 'doc'"),
						(e) -> assertThat(e).startsWith("several-b.yaml:21: pricing.billing_granularity: is required"),
						(e) -> assertThat(e)
							.startsWith("several-b.yaml:28: pricing.compute_offers[0].monthly_usd: price -0.5"),
						(e) -> assertThat(e).startsWith("several-b.yaml:41: comparisons[0].with: unknown provider"));
			assertThat(root.getMessage()).startsWith("Catalog invalid: 6 errors");
		});
		// the failure analyzer prints the report and the fix instead of a stack trace
		assertThat(output).contains("APPLICATION FAILED TO START", "Catalog invalid: 6 errors",
				"several-b.yaml:28: pricing.compute_offers[0].monthly_usd: price -0.5 is negative",
				"Fix the profiles at the lines above", "--catalog.validate-only=true")
			.doesNotContain("Application run failed");
	}

}
