package io.paasatlas.catalog;

import java.time.Period;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the catalog.
 *
 * @param location the folder of provider profiles ({@code CATALOG_LOCATION}); unset means {@code data/providers}
 * when it exists in the working directory, else the copy packaged in the jar
 * @param validateOnly check the data, print the report and exit 0 or 1 without starting the web server
 * @param staleAfter facts whose as-of date is older than this are marked as possibly stale
 */
@ConfigurationProperties("catalog")
public record CatalogProperties(@Nullable String location, @DefaultValue("false") boolean validateOnly,
		@DefaultValue(CatalogProperties.DEFAULT_STALE_AFTER) Period staleAfter) {

	/** The default of {@code staleAfter}: twelve months. */
	public static final String DEFAULT_STALE_AFTER = "P12M";

}
