package io.paasatlas.geography;

import java.util.IllformedLocaleException;
import java.util.Locale;

import io.paasatlas.catalog.Continent;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * A major metro area, one line of {@code data/metros.yaml}: where people are, for the latency reach of regions.
 *
 * @param id the key in URLs and forms: the name in ASCII and the country code ({@code sao-paulo-br})
 * @param country the ISO 3166-1 alpha-2 code
 * @param population the source's figure (GeoNames': the city itself, not its metro area)
 * @param geonamesId the place's GeoNames id, to find it in the source
 */
public record Metro(
		@NotBlank @Pattern(regexp = Metro.ID,
				message = "must be lowercase letters, digits and single hyphens (e.g. sao-paulo-br)") String id,
		@NotBlank String name,
		@NotBlank @Pattern(regexp = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 code in capitals (e.g. JP)") String country,
		@NotNull Continent continent,
		@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
		@NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
		@NotNull @Positive Long population,
		@Nullable Long geonamesId) {

	/** Lowercase letters, digits and single hyphens. */
	public static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

	/** The country's English name ("Japan"), from the JDK's locale data; the code if it has none. */
	public String countryName() {
		try {
			String name = new Locale.Builder().setRegion(this.country).build().getDisplayCountry(Locale.ENGLISH);
			return (name.isBlank() || name.equals(this.country)) ? this.country : name;
		}
		catch (IllformedLocaleException ex) {
			return this.country;
		}
	}

	/** "Tokyo, Japan". */
	public String label() {
		return this.name + ", " + countryName();
	}

}
