package io.paasatlas.catalog;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.jspecify.annotations.Nullable;

/**
 * One provider's profile: the document in {@code data/providers/<slug>.yaml}, field by field as documented in
 * {@code data/README.md}. YAML keys are the snake_case forms of these component names.
 * <p>
 * Facts carry {@code source} (the id of an entry in {@link #sources()} or a URL) and {@code as_of}; a fact without
 * them inherits those of its section.
 */
public record ProviderProfile(
		@NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{catalog.slug.pattern}") String slug,
		@NotBlank String name,
		@NotNull URI website,
		@NotNull AsOf lastVerified,
		@NotEmpty Map<String, @Valid Source> sources,
		@NotNull @Valid Identity identity,
		@NotNull @Valid Pricing pricing,
		@NotNull @Valid Deployment deployment,
		@NotNull List<@Valid Feature> features,
		@Nullable @Valid LanguageSupport python,
		@NotNull @Valid Regions regions,
		@NotNull List<@Valid Point> pros,
		@NotNull List<@Valid Point> cons,
		@NotNull List<@Valid Point> idealFor,
		@NotNull List<@Valid Point> notIdealFor,
		@NotNull List<@Valid Comparison> comparisons,
		@NotNull @Valid Verdict verdict,
		@NotNull List<@Valid Correction> corrections,
		@Nullable @Valid Billing billing) {

	/**
	 * A named source that facts cite by its id. An {@code unverified} source is a third party's word only: every
	 * fact citing it is marked so.
	 */
	public record Source(@NotBlank String title, @Nullable String url, @NotNull AsOf asOf, @Nullable String note,
			@Nullable Boolean unverified) {

		public boolean isUnverified() {
			return Boolean.TRUE.equals(this.unverified);
		}
	}

	/** Who the provider is. */
	public record Identity(@NotBlank String platformType, @Nullable Integer founded, @Nullable String positioning,
			@NotBlank String overview, @NotNull List<@Valid Point> keyInnovations, @Nullable String marketPosition,
			@NotNull List<@Valid Change> notableChanges, @Nullable String source, @Nullable AsOf asOf)
			implements Sourced {
	}

	/** A titled statement with optional detail lines: a pro, a con, an innovation, a use case. */
	public record Point(@NotBlank String title, @Nullable String detail, @Nullable List<String> points,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/** A dated change: a free tier ended, regions removed, a plan sunset. */
	public record Change(@NotNull AsOf date, @NotBlank String title, @Nullable String detail,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/** How the provider charges. */
	public record Pricing(@NotNull PricingModel model, @NotBlank String billingGranularity,
			@NotNull @Valid FreeTier freeTier, @NotNull List<@Valid ComputeOffer> computeOffers,
			@NotNull List<@Valid Charge> storage, @NotNull List<@Valid Charge> egress,
			@NotNull List<@Valid Charge> ingress, @NotNull List<@Valid Charge> ipAddresses,
			@NotNull List<@Valid Charge> otherCharges, @Nullable @Valid Variance regionalVariance,
			@NotNull List<@Valid CostExample> costExamples, @NotNull List<String> notes,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/** Whether new users can run something for free; {@code history} keeps what it used to be. */
	public record FreeTier(@NotNull FreeTierStatus status, @Nullable AsOf since, @Nullable String details,
			@NotNull List<@Valid FreeTierEntry> history, @Nullable String source, @Nullable AsOf asOf)
			implements Sourced {
	}

	/** An earlier or later state of the free tier, kept as dated history. */
	public record FreeTierEntry(@NotNull FreeTierStatus status, @NotNull AsOf since, @Nullable String details,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/** A machine size or plan and its price; several entries for one preset are its price history. */
	public record ComputeOffer(@NotBlank String preset, @Nullable String cpuKind,
			@DecimalMin(value = "0", message = "{catalog.nonNegative}") java.math.@Nullable BigDecimal vcpus,
			@Nullable @PositiveOrZero(message = "{catalog.nonNegative}") Integer memoryMb,
			@NotNull Price monthlyUsd, @Nullable Price perSecondUsd, @Nullable String region,
			@Nullable Boolean alwaysOn, @Nullable String note, @Nullable String source, @Nullable AsOf asOf)
			implements Sourced {

		/** Whether the offer keeps running without traffic; free instances that sleep say {@code false}. */
		public boolean isAlwaysOn() {
			return !Boolean.FALSE.equals(this.alwaysOn);
		}
	}

	/** A priced unit: storage per GB-month, egress per GB in a region group, an IP address per month. */
	public record Charge(@NotBlank String what, @Nullable String group, @NotNull Price priceUsd,
			@NotBlank String unit, @Nullable String note, @Nullable String source, @Nullable AsOf asOf)
			implements Sourced {
	}

	/** Whether prices differ between regions. */
	public record Variance(@NotNull Support value, @Nullable String detail, @Nullable String source,
			@Nullable AsOf asOf) implements Sourced {
	}

	/** A worked monthly cost example as published by the source, with its line items. */
	public record CostExample(@NotBlank String id, @NotBlank String name, @Nullable String scope,
			@NotNull List<@Valid LineItem> lineItems, @NotNull Price totalUsd, @Nullable String source,
			@Nullable AsOf asOf) implements Sourced {
	}

	/** One line of a cost example, with the kind of cost it is so that it compares with a computed line. */
	public record LineItem(@NotBlank String what, @NotNull CostCategory category, @NotNull Price monthlyUsd) {
	}

	/**
	 * How code gets onto the platform.
	 *
	 * @param dockerfile whether deploying a Python web app takes a Dockerfile the team keeps: the typed fact the
	 * advisor reads (never the words of the methods)
	 */
	public record Deployment(@NotNull List<@Valid Method> methods, @Nullable @Valid Cli cli,
			@NotNull List<String> prerequisites, @NotNull List<@Valid Step> steps,
			@NotNull List<@Valid Example> examples, @Nullable String firstDeployTime,
			@Nullable @Valid Step multiRegion, @Nullable @Valid Dockerfile dockerfile, @Nullable String source,
			@Nullable AsOf asOf) implements Sourced {
	}

	/** Whether a Python web app's deployment takes a Dockerfile, and how. */
	public record Dockerfile(@NotNull DockerfileNeed need, @Nullable String detail, @Nullable String source,
			@Nullable AsOf asOf) implements Sourced {
	}

	/** A way to deploy (Dockerfile, buildpacks, git push…) and whether it is supported. */
	public record Method(@NotBlank String name, @NotNull Support support, @Nullable String detail,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/** The provider's command-line tool. */
	public record Cli(@NotBlank String name, @Nullable String detail, @NotNull List<@Valid CodeBlock> install) {
	}

	/** One step of a deployment guide. */
	public record Step(@NotBlank String title, @Nullable String detail, @Nullable List<String> points,
			@NotNull List<@Valid CodeBlock> code, @Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/** A complete worked example: a set of files and the commands that deploy them. */
	public record Example(@NotBlank String title, @Nullable String summary, @NotNull List<@Valid CodeBlock> files,
			@Nullable String outcome, @Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/** A sample file or a shell snippet, kept as text with its language. */
	public record CodeBlock(@Nullable String name, @NotBlank String language, @NotBlank String content,
			@Nullable String caption) {
	}

	/** Support for one of the catalog's standard features. */
	public record Feature(@NotNull FeatureKey key, @NotNull Support support, @NotBlank String summary,
			@NotNull List<String> details, @NotNull List<@Valid CodeBlock> code, @Nullable String source,
			@Nullable AsOf asOf) implements Sourced {
	}

	/** Support for one language and its frameworks (Python/Flask in the founding analysis). */
	public record LanguageSupport(@NotNull Support support, @NotBlank String summary, @Nullable String versions,
			@NotNull List<String> frameworks, @NotNull List<String> requirements, @Nullable String frameworkNotes,
			@NotNull List<@Valid Tool> wsgiServers, @NotNull List<@Valid Tool> packageManagers,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/** A server or package manager and how it is used. */
	public record Tool(@NotBlank String name, @Nullable String detail, @Nullable Boolean recommended,
			@Nullable @Valid CodeBlock code) {
	}

	/** Where the provider runs, and how that list has changed. */
	public record Regions(@Nullable String summary, @NotNull List<@Valid RegionCount> counts,
			@NotNull List<@Valid ContinentCount> byContinent, @NotNull List<@Valid Region> list,
			@NotNull List<@Valid Change> history, @Nullable String coordinatesSource, @Nullable String source,
			@Nullable AsOf asOf) implements Sourced {

		/** The source of every region's latitude and longitude, which is seldom the provider itself. */
		public Sourced coordinates() {
			return new Sourced() {
				public @Nullable String source() {
					return coordinatesSource;
				}

				public @Nullable AsOf asOf() {
					return null;
				}
			};
		}
	}

	/** The number of regions as stated at one date ("30+" in the seed, 18 since 2025-10-16). */
	public record RegionCount(@NotNull @PositiveOrZero(message = "{catalog.nonNegative}") Integer count,
			@Nullable Boolean atLeast, @Nullable String note, @Nullable String source, @NotNull AsOf asOf)
			implements Sourced {
	}

	/** A per-continent count as stated by a source ("North America: 10+"). */
	public record ContinentCount(@NotBlank String continent, @Nullable String count, @Nullable String examples,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/**
	 * One region.
	 *
	 * @param approximateLocation why the coordinates are approximate, when the provider names only a state or an area
	 * (they are then those of a representative city); {@code null} when they are the named city's
	 */
	public record Region(@NotBlank String code, @NotBlank String city, @NotBlank String country,
			@NotNull Continent continent,
			@DecimalMin("-90") @DecimalMax("90") java.math.@Nullable BigDecimal latitude,
			@DecimalMin("-180") @DecimalMax("180") java.math.@Nullable BigDecimal longitude,
			@Nullable String approximateLocation, @Nullable RegionStatus status, @Nullable String replacedBy,
			@Nullable String egressGroup, @Nullable String note, @Nullable String source, @Nullable AsOf asOf)
			implements Sourced {

		public RegionStatus effectiveStatus() {
			return (this.status != null) ? this.status : RegionStatus.CURRENT;
		}

		/** Whether the coordinates stand for an area rather than the named city. */
		public boolean approximate() {
			return this.approximateLocation != null;
		}
	}

	/** What the profile says against another provider of the catalog. */
	public record Comparison(@NotBlank String with, @NotNull List<@Valid Point> points, @Nullable String source,
			@Nullable AsOf asOf) implements Sourced {
	}

	/** The overall verdict and verdicts for named projects. */
	public record Verdict(@Nullable String tagline, @NotBlank String summary, @NotNull List<String> bestFor,
			@NotNull List<String> avoidFor, @Nullable String outlook, @NotNull List<@Valid ProjectVerdict> projects,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/**
	 * A claim of the profile's prose that a newer source contradicts, and what holds now. The prose keeps its words
	 * (the seed's wording stays intact); pages, the compare table and the API show the correction beside each
	 * phrase of the claim, both dated. The rules check that each phrase appears in the profile and that the
	 * correction's {@code check} holds against the profile's typed facts.
	 *
	 * @param phrases the claim's words as the prose writes them ("30+ regions"), matched ignoring case
	 * @param claimSource the source of the claim
	 * @param claimAsOf the claim's date
	 * @param now what holds now, as a short phrase ("18 regions")
	 * @param check the typed fact that the correction must agree with
	 */
	public record Correction(@NotEmpty List<@NotBlank String> phrases, @NotBlank String claimSource,
			@NotNull AsOf claimAsOf, @NotBlank String now, @Nullable @Valid CorrectionCheck check,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

	/**
	 * A typed fact a correction must agree with: one of the fields is set.
	 *
	 * @param currentRegions the number of current regions in the region list
	 * @param postgresPlans whether the billing section lists managed PostgreSQL plans
	 * @param dockerfile the deployment's Dockerfile need
	 * @param feature a feature key, with {@code support} the support it must have
	 */
	public record CorrectionCheck(@Nullable @PositiveOrZero Integer currentRegions, @Nullable Boolean postgresPlans,
			@Nullable DockerfileNeed dockerfile, @Nullable FeatureKey feature, @Nullable Support support) {
	}

	/** A recommendation for one project (the founding analysis' "For QRCards" block). */
	public record ProjectVerdict(@NotBlank String project, @Nullable String currentStage, @Nullable String cost,
			@Nullable String complexity, @NotBlank String recommendation, @NotNull Recommendation verdict,
			@Nullable String source, @Nullable AsOf asOf) implements Sourced {
	}

}
