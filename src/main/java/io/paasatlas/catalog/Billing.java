package io.paasatlas.catalog;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * How a provider bills, in the form the cost model computes with (the {@code billing} section of a profile). The
 * rest of the profile describes prices for people; this section is the subset a workload's monthly cost follows
 * from. Each rate cites its source like any other fact.
 *
 * @param granularity the unit of metering: {@code second}, {@code minute}, {@code hour} or {@code month} (flat)
 * @param priceHours how many hours a listed monthly price pays for (Fly and Heroku quote 30 days = 720 h, so a
 * 730-hour month costs a little more, or is capped); default 730
 * @param cappedAtMonthly whether running a whole month never costs more than the listed monthly price
 * @param regions the region codes where the priced instances can run; empty means every current region
 * @param instances priced instance sizes, presets or plans; the model picks the cheapest that fits each service
 * @param extraMemoryGbMonth the price of memory above an instance's own, per GB-month (Fly's "extra RAM")
 * @param resources per-resource rates for usage-metered providers (Railway)
 * @param subscriptions plan fees that include an amount of usage (Railway Hobby and Pro)
 * @param storageGbMonth volume storage per GB-month
 * @param egress outbound traffic prices by region group
 * @param dedicatedIpv4Month a dedicated IPv4 address per month
 * @param postgres managed PostgreSQL plans
 * @param notes what the model leaves out for this provider, shown with every estimate
 */
public record Billing(@NotNull Granularity granularity,
		@Nullable @DecimalMin(value = "1", message = "{catalog.positive}") BigDecimal priceHours,
		@Nullable Boolean cappedAtMonthly, @NotNull List<String> regions, @NotNull List<@Valid Instance> instances,
		@Nullable @Valid Rate extraMemoryGbMonth, @Nullable @Valid Resources resources,
		@NotNull List<@Valid Subscription> subscriptions, @Nullable @Valid Rate storageGbMonth,
		@NotNull List<@Valid EgressRate> egress, @Nullable @Valid Rate dedicatedIpv4Month,
		@NotNull List<@Valid Instance> postgres, @NotNull List<String> notes, @Nullable String source,
		@Nullable AsOf asOf) implements Sourced {

	public static final BigDecimal HOURS_PER_MONTH = new BigDecimal("730");

	public BigDecimal effectivePriceHours() {
		return (this.priceHours != null) ? this.priceHours : HOURS_PER_MONTH;
	}

	public boolean isCappedAtMonthly() {
		return !Boolean.FALSE.equals(this.cappedAtMonthly);
	}

	/** The unit of metering. */
	public enum Granularity {

		@com.fasterxml.jackson.annotation.JsonProperty("second")
		SECOND,
		@com.fasterxml.jackson.annotation.JsonProperty("minute")
		MINUTE,
		@com.fasterxml.jackson.annotation.JsonProperty("hour")
		HOUR,
		@com.fasterxml.jackson.annotation.JsonProperty("month")
		MONTH;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * A priced instance size, preset or plan.
	 *
	 * @param cpuKind {@code shared} or {@code performance}/{@code dedicated}; {@code null} when the source does not
	 * say
	 * @param memoryMb the memory it includes; {@code null} when unknown (then whether a service fits is unknown)
	 * @param maxMemoryMb the most memory it can be given with extra memory (Fly: 2 GB per shared CPU)
	 * @param sleepsAfterMinutes free or eco instances that stop without traffic
	 * @param poolHours instance hours per month shared by the whole account (Heroku Eco: 1,000)
	 * @param maxInstances the most instances an account can run (PythonAnywhere's one web app)
	 * @param storageGb included storage, for database plans
	 */
	public record Instance(@NotBlank String name, @Nullable String cpuKind,
			@Nullable @DecimalMin(value = "0", message = "{catalog.nonNegative}") BigDecimal vcpus,
			@Nullable @Positive Integer memoryMb, @Nullable @Positive Integer maxMemoryMb, @NotNull Price monthlyUsd,
			@Nullable @Positive Integer sleepsAfterMinutes, @Nullable @Positive Integer poolHours,
			@Nullable @Positive Integer maxInstances, @Nullable @PositiveOrZero Integer storageGb,
			@Nullable String note, @Nullable String source, @Nullable AsOf asOf) implements Sourced {

		public boolean sleeps() {
			return this.sleepsAfterMinutes != null;
		}
	}

	/** A unit price with its source. */
	public record Rate(@NotNull Price usd, @Nullable String note, @Nullable String source, @Nullable AsOf asOf)
			implements Sourced {
	}

	/** Per-resource usage rates, per month of full use. */
	public record Resources(@NotNull Price vcpuMonth, @NotNull Price memoryGbMonth, @Nullable String note,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/**
	 * A plan fee that includes usage: the month costs the fee plus usage beyond what it includes.
	 *
	 * @param maxReplicas replicas per service
	 * @param maxMemoryMb memory per service
	 * @param maxVcpus vCPUs per service
	 */
	public record Subscription(@NotBlank String name, @NotNull Price monthlyUsd, @NotNull Price includedUsageUsd,
			@Nullable @Positive Integer maxReplicas, @Nullable @Positive Integer maxMemoryMb,
			@Nullable @Positive Integer maxVcpus, @Nullable String note, @Nullable String source,
			@Nullable AsOf asOf) implements Sourced {
	}

	/**
	 * The egress price for traffic leaving regions of a group: regions named by code match first, then by continent.
	 *
	 * @param freeGb traffic included each month before this price applies
	 */
	public record EgressRate(@NotBlank String group, @NotNull List<String> regions,
			@NotNull List<Continent> continents, @NotNull Price perGbUsd,
			@Nullable @PositiveOrZero Integer freeGb, @Nullable String note, @Nullable String source,
			@Nullable AsOf asOf) implements Sourced {
	}

}
