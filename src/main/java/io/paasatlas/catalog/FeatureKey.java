package io.paasatlas.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The features every profile is compared on, in page order. A profile that does not list one shows it as unknown.
 */
public enum FeatureKey {

	@JsonProperty("auto-scaling")
	AUTO_SCALING,
	@JsonProperty("custom-domains-ssl")
	CUSTOM_DOMAINS_SSL,
	@JsonProperty("database-add-ons")
	DATABASE_ADD_ONS,
	@JsonProperty("environments-secrets")
	ENVIRONMENTS_SECRETS,
	@JsonProperty("monitoring-logs")
	MONITORING_LOGS,
	@JsonProperty("ci-cd")
	CI_CD,
	@JsonProperty("regions-edge")
	REGIONS_EDGE,
	@JsonProperty("background-workers")
	BACKGROUND_WORKERS,
	@JsonProperty("cron-jobs")
	CRON_JOBS;

	/** The value as data files write it; also the suffix of its message key. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
