package io.paasatlas.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * How a provider bills, in the form the cost model computes with (the {@code billing} section of a profile). The
 * rest of the profile describes prices for people; this section is the subset a workload's monthly cost follows
 * from: prices, and also the allowances, limits and constraints the provider applies. Each fact cites its source.
 *
 * @param currency the currency of every price in this section: {@code USD} (the default) or {@code EUR}; the cost
 * model never converts between them
 * @param granularity the unit of metering: {@code second}, {@code minute}, {@code hour} or {@code month} (flat)
 * @param priceHours how many hours a listed monthly price pays for (Fly and Heroku quote 30 days = 720 h, so a
 * 730-hour month costs a little more, or is capped); default 730
 * @param cappedAtMonthly whether running a whole month never costs more than the listed monthly price
 * @param regions the region codes where the priced instances can run; empty means every current region
 * @param regionalPrices whether prices differ between regions (then a region without its own price is approximate)
 * @param instances priced instance sizes, presets or plans; the model picks the cheapest that fits each service
 * @param extraMemoryGbMonth the price of memory above an instance's own, per GB-month (Fly's "extra RAM")
 * @param resources per-resource rates for usage-metered providers (Railway)
 * @param subscriptions plan fees that include an amount of usage (Railway Free, Hobby and Pro)
 * @param storageGbMonth volume storage per GB-month
 * @param stoppedRootfsGbMonth what a stopped instance's root filesystem costs per GB for {@code priceHours} (Fly.io
 * bills a stopped Machine's rootfs), {@code null} when stopped instances cost nothing
 * @param volumes whether persistent volumes exist and how they limit scaling
 * @param egress outbound traffic prices by region group, with what each includes
 * @param dedicatedIpv4Month a dedicated IPv4 address per month
 * @param postgres managed PostgreSQL plans
 * @param closed when the provider no longer takes new customers: then no new workload can run
 * @param notes what the model leaves out for this provider, shown with every estimate
 */
public record Billing(@Nullable Currency currency, @NotNull Granularity granularity,
		@Nullable @DecimalMin(value = "1", message = "{catalog.positive}") BigDecimal priceHours,
		@Nullable Boolean cappedAtMonthly, @NotNull List<String> regions,
		@Nullable @Valid RegionalPrices regionalPrices, @NotNull List<@Valid Instance> instances,
		@Nullable @Valid Rate extraMemoryGbMonth, @Nullable @Valid Resources resources,
		@NotNull List<@Valid Subscription> subscriptions, @Nullable @Valid Rate storageGbMonth,
		@Nullable @Valid Rate stoppedRootfsGbMonth, @Nullable @Valid Volumes volumes, @NotNull List<@Valid EgressRate> egress,
		@Nullable @Valid Rate dedicatedIpv4Month, @NotNull List<@Valid Instance> postgres,
		@Nullable @Valid Closed closed, @NotNull List<String> notes, @Nullable String source, @Nullable AsOf asOf)
		implements Sourced {

	public static final BigDecimal HOURS_PER_MONTH = new BigDecimal("730");

	public BigDecimal effectivePriceHours() {
		return (this.priceHours != null) ? this.priceHours : HOURS_PER_MONTH;
	}

	public boolean isCappedAtMonthly() {
		return !Boolean.FALSE.equals(this.cappedAtMonthly);
	}

	/** The currency of this section's prices. */
	public Currency effectiveCurrency() {
		return (this.currency != null) ? this.currency : Currency.USD;
	}

	/** Whether prices differ by region, as the data says. */
	public boolean pricesVaryByRegion() {
		return this.regionalPrices != null && this.regionalPrices.vary();
	}

	/** Since when the provider takes no new customers (AWS App Runner since 2026-04-30). */
	public record Closed(@NotNull AsOf since, @Nullable String note, @Nullable String source, @Nullable AsOf asOf)
			implements Sourced {
	}

	/** The unit of metering. */
	public enum Granularity {

		@JsonProperty("second")
		SECOND,
		@JsonProperty("minute")
		MINUTE,
		@JsonProperty("hour")
		HOUR,
		@JsonProperty("month")
		MONTH;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A priced instance size, preset or plan.
	 *
	 * @param cpuKind shared or performance; {@code null} when the source does not say
	 * @param vcpus the vCPUs it can use at peak; {@code null} when unknown
	 * @param baselinePercent the share of each vCPU it may use all the time, for shared CPUs that burst above it
	 * (Fly's 6.25 %); {@code null} when every vCPU is the instance's all the time or the source does not say
	 * @param memoryMb the memory it includes; {@code null} when unknown (then whether a service fits is unknown)
	 * @param maxMemoryMb the most memory it can be given with extra memory (Fly: 2 GB per shared CPU)
	 * @param regionPrices the price in regions that price it differently, where a source gives it
	 * @param sleepsAfterMinutes free or eco instances that stop without traffic
	 * @param renewalDays free instances that stop unless their owner renews them this often (PythonAnywhere)
	 * @param poolHours instance hours per month shared by the whole account (Heroku Eco: 1,000)
	 * @param maxPerService the most instances one service (process type) may run (Heroku Eco and Basic: 1)
	 * @param maxInstances the most instances a whole account may run (PythonAnywhere's web apps per plan)
	 * @param storageGb disk included, for plans that include it (PythonAnywhere) and database plans
	 * @param volumes {@code false} when this instance cannot have a persistent volume (Render's free instances)
	 * @param regions the region codes where it is offered, when only in some (Koyeb's Eco and free instances)
	 * @param sizeSource the source of the size (vCPUs, baseline, memory) where it is not the source of the price
	 * @param limitsSource the source of the limits (per service, per account, volumes, disk) where it is not the source
	 * of the price; sleeping, renewal and hour pools cite the instance's own source
	 */
	public record Instance(@NotBlank String name, @Nullable CpuKind cpuKind,
			@Nullable @DecimalMin(value = "0", message = "{catalog.nonNegative}") BigDecimal vcpus,
			@Nullable @DecimalMin(value = "0", inclusive = false, message = "{catalog.positive}")
			@DecimalMax("100") BigDecimal baselinePercent,
			@Nullable @Positive Integer memoryMb, @Nullable @Positive Integer maxMemoryMb, @NotNull Price monthlyUsd,
			@NotNull List<@Valid RegionPrice> regionPrices, @Nullable @Positive Integer sleepsAfterMinutes,
			@Nullable @Positive Integer renewalDays, @Nullable @Positive Integer poolHours,
			@Nullable @Positive Integer maxPerService, @Nullable @Positive Integer maxInstances,
			@Nullable @DecimalMin(value = "0", message = "{catalog.nonNegative}") BigDecimal storageGb,
			@Nullable Boolean volumes, @NotNull List<String> regions, @Nullable String sizeSource,
			@Nullable String limitsSource, @Nullable String note,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {

		public boolean sleeps() {
			return this.sleepsAfterMinutes != null;
		}

		/** Whether it comes with a limit only a free tier has: it sleeps, or must be renewed by hand. */
		public boolean freeTierLimited() {
			return sleeps() || this.renewalDays != null;
		}

		public boolean allowsVolumes() {
			return !Boolean.FALSE.equals(this.volumes);
		}
	}

	/** The price of an instance in some regions, where it differs from the listed one. */
	public record RegionPrice(@NotEmpty List<String> regions, @NotNull Price monthlyUsd, @Nullable String note,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/** Whether prices differ between regions. */
	public record RegionalPrices(@NotNull Boolean vary, @Nullable String note, @Nullable String source,
			@Nullable AsOf asOf) implements Sourced {
	}

	/** A unit price with its source. */
	public record Rate(@NotNull Price usd, @Nullable String note, @Nullable String source, @Nullable AsOf asOf)
			implements Sourced {
	}

	/**
	 * Per-resource usage rates, per month of full use.
	 *
	 * @param cpu whether CPU is billed by the use measured or by the allocation; default allocation
	 * @param memory whether memory is billed by the use measured or by the allocation; default allocation
	 * @param freeUsage a monthly free allowance of these resources that the model does not deduct (Cloud Run's)
	 */
	public record Resources(@NotNull Price vcpuMonth, @NotNull Price memoryGbMonth, @Nullable Metering cpu,
			@Nullable Metering memory, @Nullable @Valid FreeUsage freeUsage, @Nullable String note,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {

		public boolean cpuByUse() {
			return this.cpu == Metering.USE;
		}

		public boolean memoryByUse() {
			return this.memory == Metering.USE;
		}
	}

	/**
	 * A monthly free allowance of metered resources whose amounts are not in our sources, so the cost model cannot
	 * deduct it: a total with these resources is at most what it shows.
	 *
	 * @param scope whom the allowance is for (Cloud Run: each billing account)
	 */
	public record FreeUsage(@NotNull Scope scope, @Nullable String note, @Nullable String source, @Nullable AsOf asOf)
			implements Sourced {
	}

	/** What a metered resource is billed by. */
	public enum Metering {

		/** The use measured: a workload's allocation is the most it can cost. */
		@JsonProperty("use")
		USE,
		/** What is allocated, used or not. */
		@JsonProperty("allocation")
		ALLOCATION

	}

	/**
	 * A plan fee that includes usage: the month costs the fee plus usage beyond what it includes. Its limits apply to
	 * each service, counting all its replicas.
	 *
	 * @param covers the kinds of cost the included usage pays for; empty for every kind
	 * @param overage {@code false} when usage beyond what the plan includes cannot be bought on this plan
	 * @param maxReplicas replicas per service
	 * @param maxMemoryMb memory per service, all replicas together
	 * @param maxVcpus vCPUs per service, all replicas together
	 * @param maxVolumeGb volume storage per service
	 */
	public record Subscription(@NotBlank String name, @NotNull Price monthlyUsd, @NotNull Price includedUsageUsd,
			@NotNull List<CostCategory> covers, @Nullable Boolean overage, @Nullable @Positive Integer maxReplicas, @Nullable @Positive Integer maxMemoryMb,
			@Nullable @Positive Integer maxVcpus,
			@Nullable @DecimalMin(value = "0", message = "{catalog.nonNegative}") BigDecimal maxVolumeGb,
			@Nullable String note, @Nullable String source, @Nullable AsOf asOf) implements Sourced {

		public boolean allowsOverage() {
			return !Boolean.FALSE.equals(this.overage);
		}
	}

	/**
	 * Whether persistent volumes exist, and how they limit a service.
	 *
	 * @param available {@code false} when the platform has no persistent volume at all (Heroku's dynos)
	 * @param replicas {@code false} when a service with a volume runs a single instance (Render, Railway)
	 */
	public record Volumes(@NotNull Boolean available, @Nullable Boolean replicas, @Nullable String note,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {

		public boolean allowReplicas() {
			return !Boolean.FALSE.equals(this.replicas);
		}
	}

	/**
	 * The egress price for traffic leaving regions of a group: regions named by code match first, then by continent.
	 *
	 * @param blockGb traffic is bought in blocks of this many GB (Render: 100 GB for $15); {@code null} per GB
	 * @param included traffic included each month before this price applies
	 */
	public record EgressRate(@NotBlank String group, @NotNull List<String> regions,
			@NotNull List<Continent> continents, @NotNull Price perGbUsd, @Nullable @Positive Integer blockGb,
			@Nullable @Valid Allowance included, @Nullable String note, @Nullable String source,
			@Nullable AsOf asOf) implements Sourced {
	}

	/**
	 * An amount included each month, and whom it is for.
	 *
	 * @param gb the amount, in GB
	 */
	public record Allowance(@NotNull @PositiveOrZero Integer gb, @NotNull Scope scope, @Nullable String note,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/** Whom an allowance is for: once per account or workspace, or for each service or instance. */
	public enum Scope {

		@JsonProperty("account")
		ACCOUNT,
		@JsonProperty("workspace")
		WORKSPACE,
		@JsonProperty("service")
		SERVICE,
		@JsonProperty("instance")
		INSTANCE;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
