package io.paasatlas;

import io.paasatlas.catalog.CatalogLoader;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/** PaaS Atlas: a catalog of PaaS providers, their comparisons and cost estimates. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PaasAtlasApplication {

	public static void main(String[] args) {
		// --catalog.validate-only=true (or CATALOG_VALIDATE_ONLY=true): the data editors' check, no server
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		if (environment.getProperty("catalog.validate-only", Boolean.class, false)) {
			System.exit(CatalogLoader.validateOnly(environment.getProperty("catalog.location"),
					environment.getProperty("catalog.stale-after"), System.out));
		}
		SpringApplication.run(PaasAtlasApplication.class, args);
	}

}
