package io.paasatlas.provider;

import java.math.BigDecimal;
import java.util.Objects;

import io.paasatlas.catalog.Billing;
import io.paasatlas.catalog.Currency;
import io.paasatlas.catalog.DockerfileNeed;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.pricing.Confidence;
import io.paasatlas.pricing.Estimate;
import org.jspecify.annotations.Nullable;

/**
 * What the catalog table shows of a profile besides its V1 columns, read from the typed facts (never from words):
 * the always-on estimate, managed PostgreSQL, the Dockerfile a deployment takes, and whether an instance sleeps.
 *
 * @param alwaysOn the total of one always-on instance, {@code null} when the provider cannot run it or its compute
 * has no known price (a lower bound of $0.00 then says nothing of what an instance costs)
 * @param currency the total's currency, {@code null} without a total
 * @param confidence how sure the total is
 * @param managedPostgres whether the billing section lists managed PostgreSQL plans
 * @param dockerfile whether deploying a Python web app takes a Dockerfile the team keeps
 * @param sleepsAfterMinutes the shortest idle time after which a priced instance sleeps, {@code null} if none does
 */
record TableFacts(@Nullable BigDecimal alwaysOn, @Nullable Currency currency, Confidence confidence,
		boolean managedPostgres, DockerfileNeed dockerfile, @Nullable Integer sleepsAfterMinutes) {

	static TableFacts of(ProviderProfile profile, AlwaysOnEstimate estimates) {
		Estimate estimate = estimates.estimate(profile);
		Billing billing = profile.billing();
		ProviderProfile.Dockerfile dockerfile = profile.deployment().dockerfile();
		Integer sleeps = (billing == null) ? null : billing.instances().stream()
			.map(Billing.Instance::sleepsAfterMinutes)
			.filter(Objects::nonNull)
			.min(Integer::compare)
			.orElse(null);
		BigDecimal total = estimate.computePriced() ? estimate.total() : null;
		return new TableFacts(total, (total != null) ? estimate.currency() : null,
				estimate.confidence(), billing != null && !billing.postgres().isEmpty(),
				(dockerfile != null) ? dockerfile.need() : DockerfileNeed.UNKNOWN, sleeps);
	}

}
