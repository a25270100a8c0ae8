package io.paasatlas.estimate;

import java.util.Map;

import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.pricing.CostModel;
import io.paasatlas.pricing.Estimate;
import io.paasatlas.pricing.Workload;
import io.paasatlas.provider.AlwaysOnEstimate;

import org.springframework.stereotype.Component;

/**
 * The catalog table's always-on estimate: the seed's minimal workload without its state, one always-on instance of
 * a shared vCPU and 512 MB in US East at the typical CPU use, with no volume and no traffic, priced by the same cost
 * model and form as {@code /estimate} (its link is {@link #QUERY}). Free tiers are left out: they sleep or must be
 * renewed.
 */
@Component
class StatelessInstance implements AlwaysOnEstimate {

	/** The same estimate on {@code /estimate}: the Minimal Flask App with no storage and no egress. */
	static final String QUERY = "preset=minimal-flask&storageGb=0&egressGb=0";

	/** The form of {@link #QUERY}; every other field takes the preset's value. */
	static final EstimateForm FORM = EstimateForm
		.of(Map.of("preset", WorkloadPreset.MINIMAL_FLASK.key(), "storageGb", "0", "egressGb", "0"));

	private final CostModel model = new CostModel();

	private final Workload workload = FORM.toWorkload();

	@Override
	public Estimate estimate(ProviderProfile profile) {
		return this.model.estimate(profile, this.workload);
	}

	@Override
	public String link() {
		return "/estimate?" + QUERY;
	}

}
