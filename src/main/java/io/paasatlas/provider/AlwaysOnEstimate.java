package io.paasatlas.provider;

import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.pricing.Estimate;

/**
 * What keeping one small app up costs on a provider, as the estimate feature prices it: the catalog table shows it
 * and filters on it. An interface here, implemented there, so that the table does not depend on the estimate
 * feature (which reads this one's catalog).
 */
public interface AlwaysOnEstimate {

	/** The cost model's estimate of the workload for this profile. */
	Estimate estimate(ProviderProfile profile);

	/** The address of the same estimate on the estimate page, where each line says how it is priced. */
	String link();

}
