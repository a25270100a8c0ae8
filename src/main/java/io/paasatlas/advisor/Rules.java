package io.paasatlas.advisor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.Currency;
import io.paasatlas.catalog.DockerfileNeed;
import io.paasatlas.catalog.FeatureKey;
import io.paasatlas.catalog.FreeTierStatus;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Feature;
import io.paasatlas.catalog.ProviderProfile.RegionCount;
import io.paasatlas.catalog.RegionStatus;
import io.paasatlas.catalog.Support;
import io.paasatlas.advisor.Reason.Effect;
import io.paasatlas.pricing.Confidence;
import io.paasatlas.pricing.Estimate;
import org.jspecify.annotations.Nullable;

/**
 * The advisor's rules. Each is a named method that looks at one kind of typed fact in a provider's profile (region
 * counts, the Dockerfile a deployment takes, features, the free tier) or at the cost model's estimate, and finds a
 * {@link Reason} citing that fact, or nothing. No rule reads words in prose, so rewording a pro or con changes no
 * verdict. No rule scores: the verdict counts reasons ({@link Advice#verdict()}).
 */
final class Rules {

	/** A provider with at least this many current regions is a global one. */
	static final int GLOBAL_REGIONS = 15;

	/** A provider costs clearly more than the cheapest when it costs at least this many times as much… */
	static final BigDecimal COSTLIER_FACTOR = new BigDecimal("2");

	/** …and the difference is at least this share of the project's budget (a quarter of it). */
	static final BigDecimal COSTLIER_SHARE_OF_BUDGET = new BigDecimal("0.25");

	/** Every rule, in the order the reasons are listed. */
	static final List<Function<Subject, List<Reason>>> ALL = List.of(
			(s) -> list(runsTheWorkload(s)),
			(s) -> list(withinBudget(s)),
			(s) -> list(globalReachUnused(s)),
			(s) -> list(regionsForEveryArea(s)),
			(s) -> list(costlierThanSingleRegionAlternatives(s)),
			(s) -> list(dockerfile(s)),
			(s) -> list(feature(s, s.needs().postgres(), FeatureKey.DATABASE_ADD_ONS, "managed PostgreSQL")),
			(s) -> list(feature(s, s.needs().workers(), FeatureKey.BACKGROUND_WORKERS, "background workers")),
			(s) -> list(feature(s, s.needs().cron(), FeatureKey.CRON_JOBS, "cron jobs")),
			(s) -> list(feature(s, s.needs().autoscaling(), FeatureKey.AUTO_SCALING, "autoscaling")),
			(s) -> list(freeTier(s)),
			(s) -> list(publishedVerdict(s)));

	private Rules() {
	}

	/** Every reason the rules find for one provider. */
	static List<Reason> apply(Subject subject) {
		List<Reason> reasons = new ArrayList<>();
		for (Function<Subject, List<Reason>> rule : ALL) {
			reasons.addAll(rule.apply(subject));
		}
		return reasons;
	}

	/** The cost model cannot run the workload here (no size fits, no region, no database plan). */
	static Optional<Reason> runsTheWorkload(Subject s) {
		if (s.estimate().available()) {
			return Optional.empty();
		}
		Estimate.Note first = s.estimate().blockers().get(0);
		String text = String.join(" ", s.estimate().blockers().stream().map(Estimate.Note::text).toList());
		return Optional.of(new Reason("runs-the-workload", Effect.BLOCKER, s.name() + " cannot run this workload: " + text,
				"Billing rules", s.estimateLink(), s.citations().of(first.fact(), s.profile().billing())));
	}

	/** The estimated monthly cost against the budget. */
	static Optional<Reason> withinBudget(Subject s) {
		BigDecimal total = s.estimate().total();
		if (total == null) {
			return Optional.empty();
		}
		boolean lowerBound = s.estimate().lowerBound();
		String cost = "Estimated " + amount(s.estimate()) + " a month";
		if (s.estimate().currency() != Currency.USD) {
			return Optional.of(new Reason("within-budget", Effect.NOTE, cost + ", in " + s.estimate().currency().code()
					+ ": not converted, so compare it with the " + s.needs().budget() + " budget yourself.",
					"Billing rules priced by the cost model", s.estimateLink(), s.citations().of(s.profile().billing())));
		}
		boolean within = total.compareTo(s.needs().budgetUsd()) <= 0;
		String text = within ? cost + ", within the " + s.needs().budget() + " budget"
				+ (lowerBound ? " (some prices are unknown)." : ".")
				: cost + ", over the " + s.needs().budget() + " budget.";
		return Optional.of(new Reason("within-budget", within ? Effect.FOR : Effect.BLOCKER, text,
				"Billing rules priced by the cost model", s.estimateLink(), s.citations().of(s.profile().billing())));
	}

	/**
	 * The users are in one area but the provider's strength is its many regions: it has at least
	 * {@value #GLOBAL_REGIONS} current regions.
	 */
	static Optional<Reason> globalReachUnused(Subject s) {
		if (s.needs().areas().size() != 1) {
			return Optional.empty();
		}
		long current = currentRegions(s.profile());
		if (current < GLOBAL_REGIONS) {
			return Optional.empty();
		}
		RegionCount latest = latestCount(s.profile());
		String fact = current + " current regions" + ((latest != null && latest.note() != null) ? ": " + latest.note() : "");
		return Optional.of(new Reason("global-reach-unused", Effect.AGAINST, "Your users are in one area, so "
				+ s.name() + "'s " + current + " regions are more reach than the project uses.", fact, s.link("regions"),
				s.citations().of(latest, s.profile().regions())));
	}

	/** Users in several areas: whether each has a region on its continent. */
	static Optional<Reason> regionsForEveryArea(Subject s) {
		if (s.needs().areas().size() < 2 || !s.estimate().available()) {
			return Optional.empty();
		}
		List<Estimate.Placement> far = s.estimate().placements().stream().filter((p) -> !p.sameContinent()).toList();
		String fact = s.estimate().placements().stream()
			.map((p) -> p.area().label() + " → " + ((p.regionCity() != null) ? p.regionCity() : "none"))
			.reduce((a, b) -> a + "; " + b).orElse("");
		Function<Effect, Reason> reason = (effect) -> new Reason("regions-for-every-area", effect,
				far.isEmpty() ? s.name() + " has a region on the continent of each of your " + s.needs().areas().size()
						+ " areas." : s.name() + " has no region on the continent of "
						+ far.stream().map((p) -> p.area().label()).reduce((a, b) -> a + ", " + b).orElse("") + ".",
				"Regions: " + fact, s.link("regions"), s.citations().of(s.profile().regions()));
		return Optional.of(reason.apply(far.isEmpty() ? Effect.FOR : Effect.AGAINST));
	}

	/**
	 * A single-region project pays clearly more here than at the cheapest alternative, by the cost model: at least
	 * {@value #COSTLIER_FACTOR}× as much, and the difference at least a quarter of the budget. Only totals that prove
	 * it count: this provider's lowest possible cost (not an upper bound) against the alternative's highest (not a
	 * lower bound).
	 */
	static Optional<Reason> costlierThanSingleRegionAlternatives(Subject s) {
		if (s.needs().areas().size() != 1) {
			return Optional.empty();
		}
		BigDecimal total = s.estimate().total();
		Estimate cheapest = s.cheapestOther();
		if (total == null || cheapest == null || cheapest.total() == null
				|| s.estimate().confidence() == Confidence.UPPER_BOUND) {
			return Optional.empty();
		}
		BigDecimal difference = total.subtract(cheapest.total());
		BigDecimal material = s.needs().budgetUsd().multiply(COSTLIER_SHARE_OF_BUDGET);
		if (total.compareTo(cheapest.total().multiply(COSTLIER_FACTOR)) < 0 || difference.signum() <= 0
				|| difference.compareTo(material) < 0) {
			return Optional.empty();
		}
		String times = (cheapest.total().signum() > 0)
				? ", " + total.divide(cheapest.total(), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "×"
				: "";
		return Optional.of(new Reason("costlier-than-single-region-alternatives", Effect.AGAINST,
				"Estimated " + amount(s.estimate()) + " a month, " + s.estimate().money(difference) + " more" + times + " than "
						+ cheapest.name() + " (" + amount(cheapest) + ") for the same single-region workload.",
				"Billing rules priced by the cost model", s.estimateLink(), s.citations().of(s.profile().billing())));
	}

	/**
	 * Whether a Python web app deploys here without a Dockerfile the team keeps: against for a team not at ease with
	 * Docker when it takes one (written by the team or generated by the provider's tool), for when it does not.
	 */
	static Optional<Reason> dockerfile(Subject s) {
		if (s.needs().dockerFamiliar()) {
			return Optional.empty();
		}
		ProviderProfile.Dockerfile dockerfile = s.profile().deployment().dockerfile();
		DockerfileNeed need = (dockerfile != null) ? dockerfile.need() : DockerfileNeed.UNKNOWN;
		String fact = "Dockerfile: " + need.key() + ((dockerfile != null && dockerfile.detail() != null)
				? " – " + dockerfile.detail() : "");
		var citation = s.citations().of(dockerfile, s.profile().deployment());
		if (need.teamKeepsOne()) {
			return Optional.of(new Reason("docker-friction", Effect.AGAINST, "Your team is not familiar with Docker, and "
					+ s.name() + " deploys a Python app from a Dockerfile your repository keeps"
					+ ((need == DockerfileNeed.GENERATED) ? " (its tool writes the first one)" : "")
					+ ": the Docker requirement adds friction.", fact, s.link("deployment"), citation));
		}
		if (need == DockerfileNeed.NOT_NEEDED) {
			return Optional.of(new Reason("deploys-without-docker", Effect.FOR,
					s.name() + " deploys a Python app without a Dockerfile.", fact, s.link("deployment"), citation));
		}
		return Optional.of(new Reason("docker-friction", Effect.NOTE,
				"Whether " + s.name() + " deploys a Python app without a Dockerfile is not known.", fact,
				s.link("deployment"), citation));
	}

	/** A feature the project needs: supported, in part, not at all, or not known. */
	static Optional<Reason> feature(Subject s, boolean needed, FeatureKey key, String what) {
		if (!needed) {
			return Optional.empty();
		}
		Feature feature = s.profile().features().stream().filter((f) -> f.key() == key).findFirst().orElse(null);
		String rule = "feature-" + key.key();
		if (feature == null || feature.support() == Support.UNKNOWN) {
			return Optional.of(new Reason(rule, Effect.NOTE, "Whether " + s.name() + " offers " + what + " is not known.",
					"Feature " + key.key() + ": unknown", s.link("features"),
					s.citations().of(feature, s.profile().features().isEmpty() ? null : s.profile().features().get(0))));
		}
		Effect effect = switch (feature.support()) {
			case YES -> Effect.FOR;
			case PARTIAL -> Effect.AGAINST;
			default -> Effect.BLOCKER;
		};
		String text = switch (feature.support()) {
			case YES -> s.name() + " offers " + what + ".";
			case PARTIAL -> s.name() + " offers " + what + " only in part: " + feature.summary();
			default -> s.name() + " does not offer " + what + ".";
		};
		return Optional.of(new Reason(rule, effect, text,
				"Feature " + key.key() + ": " + feature.support().key() + " – " + feature.summary(), s.link("features"),
				s.citations().of(feature)));
	}

	/** A project that needs a free tier: an ongoing or limited one qualifies, a trial or none does not. */
	static Optional<Reason> freeTier(Subject s) {
		if (!s.needs().freeTier()) {
			return Optional.empty();
		}
		ProviderProfile.FreeTier tier = s.profile().pricing().freeTier();
		Effect effect = switch (tier.status()) {
			case YES, LIMITED -> Effect.FOR;
			case UNKNOWN -> Effect.NOTE;
			default -> Effect.BLOCKER;
		};
		String text = switch (tier.status()) {
			case YES -> s.name() + " has a free tier.";
			case LIMITED -> s.name() + " has a limited free tier.";
			case UNKNOWN -> "Whether " + s.name() + " has a free tier is not known.";
			default -> s.name() + " has no free tier" + ((tier.status() == FreeTierStatus.TRIAL) ? ", only a trial." : ".");
		};
		return Optional.of(new Reason("free-tier", effect, text,
				"Free tier: " + tier.status().key() + ((tier.details() != null) ? " – " + tier.details() : ""),
				s.link("pricing"), s.citations().of(tier, s.profile().pricing())));
	}

	/** The profile's own verdict for the preset's project, shown beside the rules' and weighing nothing. */
	static Optional<Reason> publishedVerdict(Subject s) {
		if (s.needs().project() == null) {
			return Optional.empty();
		}
		return s.profile().verdict().projects().stream()
			.filter((p) -> p.project().equalsIgnoreCase(s.needs().project()))
			.findFirst()
			.map((p) -> new Reason("published-verdict", Effect.NOTE,
					"The published verdict for " + p.project() + ": " + p.recommendation() + ".",
					"Verdict for " + p.project() + ": " + p.verdict().key()
							+ Stream.of(p.currentStage(), p.cost(), p.complexity()).filter((t) -> t != null)
								.map((t) -> "; " + t).reduce("", String::concat),
					s.link("verdict"), s.citations().of(p, s.profile().verdict())));
	}

	// --- helpers ---------------------------------------------------------------------------------------------------

	/** A total as the page writes it, with how sure it is: {@code at least $5.00}, {@code ~$3.73}. */
	static String amount(Estimate estimate) {
		String usd = estimate.money(java.util.Objects.requireNonNull(estimate.total()));
		return switch (estimate.confidence()) {
			case LOWER_BOUND -> "at least " + usd;
			case UPPER_BOUND -> "at most " + usd;
			case APPROXIMATE -> "about " + usd;
			default -> usd;
		};
	}

	/** The regions the provider runs today, from its region list; the latest stated count without a list. */
	static long currentRegions(ProviderProfile profile) {
		long listed = profile.regions().list().stream().filter((r) -> r.effectiveStatus() == RegionStatus.CURRENT).count();
		if (listed > 0) {
			return listed;
		}
		RegionCount latest = latestCount(profile);
		return (latest != null) ? latest.count() : 0;
	}

	/** The newest region count: the latest as-of date, the last listed on a tie. */
	static @Nullable RegionCount latestCount(ProviderProfile profile) {
		RegionCount latest = null;
		for (RegionCount count : profile.regions().counts()) {
			if (latest == null || count.asOf().compareTo(latest.asOf()) >= 0) {
				latest = count;
			}
		}
		return latest;
	}

	private static List<Reason> list(Optional<Reason> reason) {
		return reason.map(List::of).orElse(List.of());
	}

	/**
	 * What the rules look at for one provider.
	 *
	 * @param cheapestOther the cheapest other provider that can run the workload, {@code null} if none
	 */
	record Subject(ProviderProfile profile, Citations citations, Estimate estimate, Needs needs,
			@Nullable Estimate cheapestOther) {

		String name() {
			return this.profile.name();
		}

		String link(String section) {
			return "/providers/" + this.profile.slug() + "#" + section;
		}

		String estimateLink() {
			return "/estimate?" + this.needs.estimateQuery(this.profile.slug());
		}

	}

	/**
	 * The cheapest of the estimates other than this provider's that can run the workload and whose total is not a
	 * lower bound (a lower bound cannot show that anything costs more).
	 */
	static @Nullable Estimate cheapestOther(List<Estimate> all, Estimate own) {
		return all.stream()
			.filter((e) -> !e.slug().equals(own.slug()) && e.currency() == own.currency())
			.filter((e) -> e.available() && e.total() != null && !e.lowerBound())
			.min(Comparator.comparing(Estimate::total))
			.orElse(null);
	}

}
