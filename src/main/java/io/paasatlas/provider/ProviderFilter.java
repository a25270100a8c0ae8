package io.paasatlas.provider;

import java.math.BigDecimal;

import io.paasatlas.validation.PageNumber;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.lang.Contract;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The catalog table's query string: filters, sort and page. Every view is a shareable URL such as
 * {@code /providers?freeTier=yes&maxPrice=10&sort=estimate}, and its CSV is the same URL with {@code format=csv}.
 *
 * @param q text found in the name, platform type or deployment methods
 * @param freeTier a free tier status ({@code yes}, {@code limited}, {@code trial}, {@code none}, {@code unknown})
 * @param model a pricing model ({@code usage-based}, {@code fixed-plans}, {@code hybrid})
 * @param continent only providers with a current region on this continent
 * @param maxPrice only providers whose always-on estimate, in US dollars, is at most this much a month (amounts in
 * other currencies are never converted, so those providers are left out)
 * @param postgres {@code true}: only providers that list managed PostgreSQL plans
 * @param noDockerfile {@code true}: only providers where a Python web app deploys without a Dockerfile to keep
 * @param sleeps {@code yes}: only providers with an instance that sleeps when idle; {@code no}: only those without
 * @param sort a column's key, see {@link ProviderSort}
 * @param dir {@code asc} or {@code desc}; each sort has a natural default
 * @param page the 1-based page
 */
public record ProviderFilter(@Nullable @Size(max = 100, message = "{filter.q.size}") String q,
		@Nullable @Pattern(regexp = "yes|limited|trial|none|unknown", message = "{filter.freeTier.invalid}") String freeTier,
		@Nullable @Pattern(regexp = "usage-based|fixed-plans|hybrid|unknown", message = "{filter.model.invalid}") String model,
		@Nullable @Pattern(regexp = "africa|asia|europe|north-america|oceania|south-america",
				message = "{filter.continent.invalid}") String continent,
		@Nullable @Pattern(regexp = "[0-9]{1,5}(\\.[0-9]{1,2})?|100000(\\.00?)?",
				message = "{filter.maxPrice.invalid}") String maxPrice,
		@Nullable @Pattern(regexp = "true|false", message = "{filter.postgres.invalid}") String postgres,
		@Nullable @Pattern(regexp = "true|false", message = "{filter.noDockerfile.invalid}") String noDockerfile,
		@Nullable @Pattern(regexp = "yes|no", message = "{filter.sleeps.invalid}") String sleeps,
		@Nullable @Pattern(regexp = ProviderSort.KEYS, message = "{filter.sort.invalid}") String sort,
		@Nullable @Pattern(regexp = "asc|desc", message = "{filter.dir.invalid}") String dir,
		@Nullable @PageNumber String page) {

	public static final int PAGE_SIZE = 50;

	/** The filters of the form, none set. */
	public static ProviderFilter none() {
		return new ProviderFilter(null, null, null, null, null, null, null, null, null, null, null);
	}

	public ProviderSort sortOrDefault() {
		return ProviderSort.of(this.sort);
	}

	/** Each column's natural order unless {@code dir} says otherwise (see {@link ProviderSort}). */
	public boolean descending() {
		if (notBlank(this.dir)) {
			return "desc".equals(this.dir);
		}
		return sortOrDefault().descendingByDefault();
	}

	public int pageOrFirst() {
		return notBlank(this.page) ? Integer.parseInt(this.page.strip()) : 1;
	}

	/** The price ceiling, when one is given (and valid). */
	public @Nullable BigDecimal maxPriceAmount() {
		return notBlank(this.maxPrice) ? new BigDecimal(this.maxPrice.strip()) : null;
	}

	public boolean isFiltered() {
		return notBlank(this.q) || notBlank(this.freeTier) || notBlank(this.model) || notBlank(this.continent)
				|| notBlank(this.maxPrice) || "true".equals(this.postgres) || "true".equals(this.noDockerfile)
				|| notBlank(this.sleeps);
	}

	/** The same view sorted by a column: its natural order, or the other way when it is already sorted by it. */
	public ProviderFilter sortedBy(String key) {
		ProviderSort by = ProviderSort.of(key);
		String direction = null;
		if (by == sortOrDefault()) {
			direction = descending() ? "asc" : "desc";
		}
		return new ProviderFilter(this.q, this.freeTier, this.model, this.continent, this.maxPrice, this.postgres,
				this.noDockerfile, this.sleeps, by.key(), direction, null);
	}

	/** The same view at another page. */
	public ProviderFilter atPage(int page) {
		return new ProviderFilter(this.q, this.freeTier, this.model, this.continent, this.maxPrice, this.postgres,
				this.noDockerfile, this.sleeps, this.sort, this.dir, Integer.toString(page));
	}

	/** {@code ascending}, {@code descending} or {@code none}: the {@code aria-sort} of a column's header. */
	public String ariaSort(String key) {
		if (ProviderSort.of(key) != sortOrDefault()) {
			return "none";
		}
		return descending() ? "descending" : "ascending";
	}

	/** The address of this view: {@code /providers?freeTier=none&sort=price}. */
	public String href() {
		return address(false);
	}

	/** The address of this view's CSV: the same rows and columns. */
	public String csvHref() {
		return address(true);
	}

	private String address(boolean csv) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/providers");
		String[][] parameters = { { "q", this.q }, { "freeTier", this.freeTier }, { "model", this.model },
				{ "continent", this.continent }, { "maxPrice", this.maxPrice }, { "postgres", this.postgres },
				{ "noDockerfile", this.noDockerfile }, { "sleeps", this.sleeps }, { "sort", this.sort },
				{ "dir", this.dir }, { "page", this.page } };
		for (String[] parameter : parameters) {
			if (notBlank(parameter[1])) {
				uri.queryParam(parameter[0], parameter[1]);
			}
		}
		if (csv) {
			uri.queryParam("format", "csv");
		}
		return uri.encode().build().toUriString();
	}

	@Contract("null -> false")
	static boolean notBlank(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
