package io.paasatlas.advisor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import io.paasatlas.catalog.CatalogProperties;
import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.pricing.CostModel;
import io.paasatlas.pricing.Estimate;
import io.paasatlas.pricing.Workload;
import io.paasatlas.provider.Provider;
import io.paasatlas.provider.ProviderCatalog;

import org.springframework.stereotype.Service;

/** Runs the {@link Rules} on every provider of the catalog for a project's needs, best fit first. */
@Service
class Advisor {

	private final ProviderCatalog catalog;

	private final CatalogProperties properties;

	private final Clock clock;

	Advisor(ProviderCatalog catalog, CatalogProperties properties, Clock clock) {
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
	}

	List<Advice> advise(Needs needs) {
		List<ProviderProfile> profiles = this.catalog.profiles(this.catalog.all().stream().map(Provider::getSlug).toList());
		return advise(profiles, needs, this.properties.staleAfter(), LocalDate.now(this.clock));
	}

	/** The advice for these profiles; plain Java, for tests on profiles read from files. */
	static List<Advice> advise(List<ProviderProfile> profiles, Needs needs, Period staleAfter, LocalDate today) {
		CostModel model = new CostModel();
		Workload workload = needs.workload();
		List<Estimate> estimates = profiles.stream().map((p) -> model.estimate(p, workload)).toList();
		List<Advice> advice = new ArrayList<>();
		for (int i = 0; i < profiles.size(); i++) {
			ProviderProfile profile = profiles.get(i);
			Estimate estimate = estimates.get(i);
			Rules.Subject subject = new Rules.Subject(profile,
					new Citations(profile, staleAfter, today), estimate, needs,
					Rules.cheapestOther(estimates, estimate));
			advice.add(new Advice(profile.slug(), profile.name(), Rules.apply(subject), estimate,
					(estimate.total() != null) ? estimate.money(estimate.total()) : null));
		}
		advice.sort(Advice.BEST_FIRST);
		return advice;
	}

}
