package io.paasatlas.provider;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;

import io.paasatlas.catalog.DockerfileNeed;
import io.paasatlas.catalog.FreeTierStatus;
import io.paasatlas.catalog.PricingModel;
import org.jspecify.annotations.Nullable;

/**
 * What the catalog table sorts on, a column each (the platform type sorts too, shown under each provider's name):
 * each one's key in the query string, its order, and its natural
 * direction (names and prices ascending; regions, free tiers and support most or best first). Unknown values come
 * last in both directions; ties go by name. Enums sort by meaning, not spelling: a free tier from "yes" to "none".
 * Estimates in different currencies are never converted: dollars come before euros.
 */
public enum ProviderSort {

	NAME("name", false, Comparator.comparing(Provider::getName, String.CASE_INSENSITIVE_ORDER)),
	PLATFORM("platform", false, Comparator.comparing(Provider::getPlatformType, String.CASE_INSENSITIVE_ORDER)),
	MODEL("model", false, Comparator.comparing((Provider p) -> p.getPricingModel().ordinal())),
	FREE_TIER("free-tier", false, Comparator.comparing((Provider p) -> p.getFreeTier().ordinal())),
	PRICE("price", false, known(Provider::getCheapestMonthlyUsd)),
	ESTIMATE("estimate", false, known(Provider::getAlwaysOnCurrency).thenComparing(known(Provider::getAlwaysOnAmount))),
	REGIONS("regions", true, Comparator.comparingInt(Provider::getRegionCount)),
	POSTGRES("postgres", true, Comparator.comparing(Provider::isManagedPostgres)),
	DOCKERFILE("dockerfile", false, Comparator.comparing((Provider p) -> dockerfileRank(p.getDockerfileNeed()))),
	SLEEPS("sleeps", false, known(Provider::getSleepsAfterMinutes)),
	VERIFIED("verified", true, Comparator.comparing(Provider::getLastVerified));

	/** Every key, as the query string's pattern: keep in step with the constants. */
	static final String KEYS = "name|platform|model|free-tier|price|estimate|regions|postgres|dockerfile|sleeps|verified";

	private final String key;

	private final boolean descendingByDefault;

	private final Comparator<Provider> order;

	ProviderSort(String key, boolean descendingByDefault, Comparator<Provider> order) {
		this.key = key;
		this.descendingByDefault = descendingByDefault;
		this.order = order;
	}

	public String key() {
		return this.key;
	}

	/** The table's columns, in page order: every sort but the platform type, shown under each name. */
	public static java.util.List<ProviderSort> columns() {
		return Arrays.stream(values()).filter((s) -> s != PLATFORM).toList();
	}

	public boolean descendingByDefault() {
		return this.descendingByDefault;
	}

	/** The column of this key; the name for none or an unknown one. */
	public static ProviderSort of(@Nullable String key) {
		return Arrays.stream(values()).filter((s) -> s.key.equals(key)).findFirst().orElse(NAME);
	}

	/** The table's order: by this column in the direction given, unknown values last, then by name and slug. */
	Comparator<Provider> comparator(boolean descending) {
		Comparator<Provider> column = descending ? this.order.reversed() : this.order;
		Comparator<Provider> unknownLast = Comparator.comparing((Provider p) -> unknown(p));
		return unknownLast.thenComparing(column)
			.thenComparing(Provider::getName, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(Provider::getSlug);
	}

	/** Whether the provider's value in this column is unknown: it then sorts last whatever the direction. */
	private boolean unknown(Provider p) {
		return switch (this) {
			case MODEL -> p.getPricingModel() == PricingModel.UNKNOWN;
			case FREE_TIER -> p.getFreeTier() == FreeTierStatus.UNKNOWN;
			case PRICE -> p.getCheapestMonthlyUsd() == null;
			case ESTIMATE -> p.getAlwaysOnAmount() == null;
			case DOCKERFILE -> p.getDockerfileNeed() == DockerfileNeed.UNKNOWN;
			case SLEEPS -> p.getSleepsAfterMinutes() == null;
			default -> false;
		};
	}

	/** Deploys without a Dockerfile first, then one the tool writes, then one the team writes. */
	private static int dockerfileRank(DockerfileNeed need) {
		return switch (need) {
			case NOT_NEEDED -> 0;
			case GENERATED -> 1;
			case REQUIRED -> 2;
			case UNKNOWN -> 3;
		};
	}

	/** Compares known values; unknown ones are put last by {@link #comparator(boolean)}. */
	private static <T extends Comparable<? super T>> Comparator<Provider> known(Function<Provider, @Nullable T> value) {
		return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
	}

}
