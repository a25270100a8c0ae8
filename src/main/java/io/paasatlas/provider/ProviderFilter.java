package io.paasatlas.provider;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The catalog table's query string: filters, sort and page. Every view is a shareable URL such as
 * {@code /providers?freeTier=yes&sort=price}.
 *
 * @param q text found in the name, platform type or deployment methods
 * @param freeTier a free tier status ({@code yes}, {@code limited}, {@code trial}, {@code none}, {@code unknown})
 * @param model a pricing model ({@code usage-based}, {@code fixed-plans}, {@code hybrid})
 * @param continent only providers with a current region on this continent
 * @param sort {@code name}, {@code price}, {@code regions} or {@code verified}
 * @param dir {@code asc} or {@code desc}; each sort has a natural default
 * @param page the 1-based page
 */
public record ProviderFilter(@Nullable @Size(max = 100, message = "{filter.q.size}") String q,
		@Nullable @Pattern(regexp = "yes|limited|trial|none|unknown", message = "{filter.freeTier.invalid}") String freeTier,
		@Nullable @Pattern(regexp = "usage-based|fixed-plans|hybrid|unknown", message = "{filter.model.invalid}") String model,
		@Nullable @Pattern(regexp = "africa|asia|europe|north-america|oceania|south-america",
				message = "{filter.continent.invalid}") String continent,
		@Nullable @Pattern(regexp = "name|price|regions|verified", message = "{filter.sort.invalid}") String sort,
		@Nullable @Pattern(regexp = "asc|desc", message = "{filter.dir.invalid}") String dir,
		@Nullable @Pattern(regexp = "[1-9][0-9]{0,4}", message = "{filter.page.invalid}") String page) {

	public static final int PAGE_SIZE = 50;

	public String sortOrDefault() {
		return (this.sort != null && !this.sort.isBlank()) ? this.sort : "name";
	}

	/** Names sort A to Z, prices cheapest first, regions most first, verification newest first. */
	public boolean descending() {
		if (this.dir != null && !this.dir.isBlank()) {
			return this.dir.equals("desc");
		}
		return switch (sortOrDefault()) {
			case "regions", "verified" -> true;
			default -> false;
		};
	}

	public int pageOrFirst() {
		return notBlank(this.page) ? Integer.parseInt(this.page) : 1;
	}

	public boolean isFiltered() {
		return notBlank(this.q) || notBlank(this.freeTier) || notBlank(this.model) || notBlank(this.continent);
	}

	static boolean notBlank(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
