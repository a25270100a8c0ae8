package io.paasatlas.deploy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.catalog.Currency;
import io.paasatlas.estimate.EstimateQueries;
import io.paasatlas.pricing.Area;
import io.paasatlas.pricing.Confidence;
import io.paasatlas.pricing.Estimate;
import io.paasatlas.pricing.Geo;
import io.paasatlas.pricing.Workload;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The monthly cost of a kit, from the cost model through its one entry point,
 * {@link EstimateQueries#estimate(Map)}, with the estimate form's parameter names, using only each
 * {@link Estimate}'s total, currency and confidence. Kept in this one class so that a change of the cost model's
 * interface is adapted here alone.
 * <p>
 * The kit's web process is one instance per region, always on (730 hours), of the kit's {@link Size}, at a small web
 * app's typical CPU use ({@link Workload#TYPICAL_CPU_PERCENT}, as the estimate presets), with no volume, traffic or
 * dedicated IPv4; the database when the kit has one. The estimate form prices places by {@link Area}, so each region becomes the area nearest to it (by its
 * coordinates, else the first area of its continent); when two regions share an area, every instance is priced in
 * the primary region's area. A worker is one more instance in the primary region, priced by a second estimate and
 * added (where the platform runs workers otherwise, the total is a lower bound). The cron job is not priced: its cost
 * depends on how long it runs.
 */
@Component
class DeployCost {

	private final EstimateQueries estimates;

	DeployCost(EstimateQueries estimates) {
		this.estimates = estimates;
	}

	KitCost price(Deployment deployment, Size size, Limits limits) {
		boolean workerIsInstance = limits.workerIsInstance();
		List<Area> areas = deployment.regions().stream().map(DeployCost::area).toList();
		boolean distinct = new HashSet<>(areas).size() == areas.size();
		List<Area> priced = distinct ? areas : List.of(areas.get(0));
		int instances = distinct ? 1 : areas.size();
		List<Map<String, String>> queries = new ArrayList<>();
		queries.add(parameters(deployment, size, priced, instances, limits.postgresMemoryMb()));
		if (deployment.worker() && workerIsInstance) {
			queries.add(parameters(deployment, size, List.of(areas.get(0)), 1, null));
		}
		BigDecimal total = BigDecimal.ZERO;
		Currency currency = Currency.USD;
		// a worker the platform runs otherwise than as an instance is not priced: the total is then a lower bound
		Confidence confidence = (deployment.worker() && !workerIsInstance) ? Confidence.LOWER_BOUND : Confidence.EXACT;
		List<String> links = new ArrayList<>();
		for (Map<String, String> query : queries) {
			EstimateQueries.Outcome outcome = this.estimates.estimate(query);
			links.add(link(query));
			if (!outcome.valid() || outcome.results().isEmpty()) {
				return new KitCost(null, Currency.USD, Confidence.CANNOT_RUN, priced, !distinct, links);
			}
			Estimate estimate = outcome.results().get(0).estimate();
			if (estimate.total() == null || !estimate.available()) {
				return new KitCost(null, estimate.currency(), Confidence.CANNOT_RUN, priced, !distinct, links);
			}
			total = total.add(estimate.total());
			currency = estimate.currency();
			confidence = confidence.and(estimate.confidence());
		}
		return new KitCost(total.setScale(2, RoundingMode.HALF_UP), currency, confidence, priced, !distinct, links);
	}

	private static Map<String, String> parameters(Deployment deployment, Size size, List<Area> areas, int instances,
			@Nullable Integer postgresMb) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("providers", deployment.slug());
		query.put("instances", String.valueOf(instances));
		query.put("memoryMb", String.valueOf(size.memoryMb()));
		query.put("vcpus", size.vcpus().stripTrailingZeros().toPlainString());
		query.put("cpuKind", "shared");
		query.put("regions", areas.stream().map(Area::key).collect(Collectors.joining(",")));
		query.put("hours", "730");
		query.put("cpuPercent", Workload.TYPICAL_CPU_PERCENT.toPlainString());
		query.put("storageGb", "0");
		query.put("egressGb", "0");
		query.put("ipv4", "0");
		query.put("postgresMb", (postgresMb != null && deployment.postgres()) ? String.valueOf(postgresMb) : "");
		query.put("allowSleep", "false");
		return query;
	}

	/** The estimate page with the same parameters, where the cost model shows its line items and sources. */
	private static String link(Map<String, String> query) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/estimate");
		query.forEach(uri::queryParam);
		return uri.build().encode().toUriString();
	}

	/** The area nearest to a region: by its coordinates, else the first area of its continent (US East for none). */
	static Area area(Region region) {
		if (region.latitude() != null && region.longitude() != null) {
			double lat = region.latitude().doubleValue();
			double lon = region.longitude().doubleValue();
			return Arrays.stream(Area.values())
				.min(Comparator.comparingDouble((Area a) -> Geo.distanceKm(lat, lon, a.latitude(), a.longitude())))
				.orElseThrow();
		}
		return Arrays.stream(Area.values()).filter((a) -> a.continent() == region.continent()).findFirst()
			.orElse(Area.US_EAST);
	}

}
