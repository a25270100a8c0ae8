package io.paasatlas.advisor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.FeatureKey;
import io.paasatlas.catalog.FreeTierStatus;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Comparison;
import io.paasatlas.catalog.ProviderProfile.Feature;
import io.paasatlas.catalog.ProviderProfile.Point;
import io.paasatlas.catalog.ProviderProfile.RegionCount;
import io.paasatlas.catalog.Support;
import io.paasatlas.estimate.Estimate;
import io.paasatlas.advisor.Reason.Effect;
import org.jspecify.annotations.Nullable;

/**
 * The advisor's rules. Each is a named method that looks at one kind of fact in a provider's profile, and finds a
 * {@link Reason} citing that fact, or nothing. No rule scores: the verdict counts reasons ({@link Advice#verdict()}).
 */
final class Rules {

	/** A provider with at least this many current regions is a global one. */
	static final int GLOBAL_REGIONS = 15;

	/** A provider costs clearly more than the cheapest when it costs this many times as much… */
	static final BigDecimal COSTLIER_FACTOR = new BigDecimal("2");

	/** …and at least this much more a month. */
	static final BigDecimal COSTLIER_BY_USD = new BigDecimal("5");

	/** Every rule, in the order the reasons are listed. */
	static final List<Function<Subject, List<Reason>>> ALL = List.of(
			(s) -> list(runsTheWorkload(s)),
			(s) -> list(withinBudget(s)),
			(s) -> list(globalReachUnused(s)),
			(s) -> list(regionsForEveryArea(s)),
			(s) -> list(costlierThanSingleRegionAlternatives(s)),
			(s) -> list(dockerFriction(s)),
			(s) -> list(deploysWithoutDocker(s)),
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
		return Optional.of(new Reason("runs-the-workload", Effect.BLOCKER,
				s.name() + " cannot run this workload: " + String.join(" ", s.estimate().blockers()),
				"Billing rules", s.estimateLink(), s.citations().of(s.profile().billing())));
	}

	/** The estimated monthly cost against the budget. */
	static Optional<Reason> withinBudget(Subject s) {
		BigDecimal total = s.estimate().total();
		if (total == null) {
			return Optional.empty();
		}
		boolean lowerBound = s.estimate().status() == Estimate.Status.INCOMPLETE;
		String cost = "Estimated " + (lowerBound ? "at least " : "") + Money.usd(total) + " a month";
		boolean within = total.compareTo(s.needs().budgetUsd()) <= 0;
		String text = within ? cost + ", within the " + s.needs().budget() + " budget"
				+ (lowerBound ? " (some prices are unknown)." : ".")
				: cost + ", over the " + s.needs().budget() + " budget.";
		return Optional.of(new Reason("within-budget", within ? Effect.FOR : Effect.BLOCKER, text,
				"Billing rules priced by the cost model", s.estimateLink(), s.citations().of(s.profile().billing())));
	}

	/**
	 * The users are in one area but the provider's strength is its many regions: the profile says it is not ideal
	 * for single-region apps, or it has at least {@value #GLOBAL_REGIONS} regions.
	 */
	static Optional<Reason> globalReachUnused(Subject s) {
		if (s.needs().areas().size() != 1) {
			return Optional.empty();
		}
		Optional<Point> point = find(s.profile().notIdealFor(), "single-region", "single region");
		if (point.isPresent()) {
			return Optional.of(new Reason("global-reach-unused", Effect.AGAINST,
					"Your users are in one area, so " + s.name() + "'s global reach goes unused: its profile lists it"
							+ " as not ideal for single-region apps.",
					"Not ideal for: " + describe(point.get()), s.link("use-cases"), s.citations().of(point.get())));
		}
		RegionCount latest = latestCount(s.profile());
		if (latest != null && latest.count() >= GLOBAL_REGIONS) {
			return Optional.of(new Reason("global-reach-unused", Effect.AGAINST,
					"Your users are in one area, so " + s.name() + "'s " + latest.count()
							+ " regions are more reach than the project uses.",
					latest.count() + " regions" + ((latest.note() != null) ? ": " + latest.note() : ""),
					s.link("regions"), s.citations().of(latest, s.profile().regions())));
		}
		return Optional.empty();
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
	 * A single-region project pays more here than at a single-region alternative: the profile says so (a comparison
	 * point "More Expensive", or not ideal for budget-constrained projects), or the cost model finds it costs at least
	 * {@value #COSTLIER_FACTOR}× and ${@value #COSTLIER_BY_USD} more than the cheapest other provider.
	 */
	static Optional<Reason> costlierThanSingleRegionAlternatives(Subject s) {
		if (s.needs().areas().size() != 1) {
			return Optional.empty();
		}
		BigDecimal total = s.estimate().total();
		Estimate cheapest = s.cheapestOther();
		String computed = (total != null && cheapest != null && cheapest.total() != null)
				? " For this workload the cost model computes " + Money.usd(total) + " here and "
						+ Money.usd(cheapest.total()) + " at " + cheapest.name() + ", the cheapest alternative"
						+ ((total.compareTo(cheapest.total()) <= 0)
								? "; with today's prices it does not confirm the difference."
								: ".")
				: "";
		for (Comparison comparison : s.profile().comparisons()) {
			Optional<Point> point = find(comparison.points(), "more expensive");
			if (point.isPresent()) {
				return Optional.of(new Reason("costlier-than-single-region-alternatives", Effect.AGAINST,
						"Its profile says it is more expensive than " + comparison.with() + ", a single-region"
								+ " alternative." + computed,
						"Compared with " + comparison.with() + ": " + describe(point.get()), s.link("comparisons"),
						s.citations().of(point.get(), comparison)));
			}
		}
		Optional<Point> budget = find(s.profile().notIdealFor(), "budget");
		if (budget.isPresent()) {
			return Optional.of(new Reason("costlier-than-single-region-alternatives", Effect.AGAINST,
					"Its profile lists it as not ideal for budget-constrained projects." + computed,
					"Not ideal for: " + describe(budget.get()), s.link("use-cases"), s.citations().of(budget.get())));
		}
		if (total != null && cheapest != null && cheapest.total() != null
				&& total.compareTo(cheapest.total().multiply(COSTLIER_FACTOR)) >= 0
				&& total.subtract(cheapest.total()).compareTo(COSTLIER_BY_USD) >= 0) {
			return Optional.of(new Reason("costlier-than-single-region-alternatives", Effect.AGAINST,
					"Estimated " + Money.usd(total) + " a month, " + total.divide(cheapest.total(), 1, RoundingMode.HALF_UP)
							.stripTrailingZeros().toPlainString() + "× the " + Money.usd(cheapest.total()) + " of "
							+ cheapest.name() + " for the same workload.",
					"Billing rules priced by the cost model", s.estimateLink(), s.citations().of(s.profile().billing())));
		}
		return Optional.empty();
	}

	/** A team not at ease with Docker, and a provider whose profile counts requiring Docker as a con. */
	static Optional<Reason> dockerFriction(Subject s) {
		if (s.needs().dockerFamiliar()) {
			return Optional.empty();
		}
		return find(s.profile().cons(), "docker").map((con) -> new Reason("docker-friction", Effect.AGAINST,
				"Your team is not familiar with Docker, and " + s.name() + " requires it: the Docker requirement adds"
						+ " friction.",
				"Con: " + describe(con), s.link("pros-cons"), s.citations().of(con)));
	}

	/** A team not at ease with Docker, and a provider that deploys without it (Git, buildpacks, WSGI). */
	static Optional<Reason> deploysWithoutDocker(Subject s) {
		if (s.needs().dockerFamiliar() || find(s.profile().cons(), "docker").isPresent()) {
			return Optional.empty();
		}
		return s.profile().deployment().methods().stream()
			.filter((m) -> m.support() == Support.YES)
			.filter((m) -> !contains(m.name(), "docker") && !contains(m.name(), "image"))
			.findFirst()
			.map((m) -> new Reason("deploys-without-docker", Effect.FOR,
					s.name() + " deploys without a Dockerfile: " + m.name() + ".",
					"Deployment method: " + m.name() + ((m.detail() != null) ? " (" + m.detail() + ")" : ""),
					s.link("deployment"), s.citations().of(m, s.profile().deployment())));
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

	private static Optional<Point> find(List<Point> points, String... words) {
		return points.stream()
			.filter((p) -> Stream.of(words).anyMatch((w) -> contains(p.title(), w)))
			.findFirst();
	}

	private static boolean contains(String text, String word) {
		return text.toLowerCase(Locale.ROOT).contains(word);
	}

	private static String describe(Point point) {
		String text = point.title();
		if (point.detail() != null) {
			text += " " + point.detail();
		}
		if (point.points() != null && !point.points().isEmpty()) {
			text += " (" + String.join("; ", point.points()) + ")";
		}
		return text;
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

	/** The cheapest of the estimates other than this provider's that can run the workload. */
	static @Nullable Estimate cheapestOther(List<Estimate> all, String slug) {
		return all.stream()
			.filter((e) -> !e.slug().equals(slug) && e.available() && e.total() != null)
			.min(Comparator.comparing(Estimate::total))
			.orElse(null);
	}

}
