package io.paasatlas.advisor;

import java.util.Comparator;
import java.util.List;

import io.paasatlas.catalog.Recommendation;
import io.paasatlas.pricing.Estimate;
import org.jspecify.annotations.Nullable;

/**
 * One provider's fit for a project: the reasons, the verdict they give, and the estimated monthly cost.
 *
 * @param total the estimated monthly cost to the cent ({@code $3.88}), {@code null} when it cannot run the workload
 */
record Advice(String slug, String name, List<Reason> reasons, Estimate estimate, @Nullable String total) {

	/** Recommended first, then by fewer reasons against, more reasons for, lower cost, name. */
	static final Comparator<Advice> BEST_FIRST = Comparator.comparing(Advice::verdict)
		.thenComparingLong((Advice a) -> a.count(Reason.Effect.AGAINST))
		.thenComparing((Advice a) -> -a.count(Reason.Effect.FOR))
		.thenComparing((Advice a) -> a.estimate().total(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Advice::name, String.CASE_INSENSITIVE_ORDER);

	Advice {
		reasons = List.copyOf(reasons);
	}

	/**
	 * The verdict, from the reasons alone: any blocker or two reasons against is not recommended, one reason against
	 * is possible, none is recommended.
	 */
	public Recommendation verdict() {
		long against = count(Reason.Effect.AGAINST);
		if (count(Reason.Effect.BLOCKER) > 0 || against >= 2) {
			return Recommendation.NOT_RECOMMENDED;
		}
		return (against == 1) ? Recommendation.POSSIBLE : Recommendation.RECOMMENDED;
	}

	long count(Reason.Effect effect) {
		return this.reasons.stream().filter((r) -> r.effect() == effect).count();
	}

	/** The rules that found something, by name. */
	List<String> rules() {
		return this.reasons.stream().map(Reason::rule).toList();
	}

}
