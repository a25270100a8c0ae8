package io.paasatlas.geography;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.paasatlas.catalog.CpuKind;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.pricing.Area;
import io.paasatlas.pricing.CostModel;
import io.paasatlas.pricing.Estimate;
import io.paasatlas.pricing.Estimate.Placement;
import io.paasatlas.pricing.Geo;
import io.paasatlas.pricing.Workload;
import org.jspecify.annotations.Nullable;

/**
 * The monthly cost of one machine in each of some regions, from the cost model as it is. The cost model places
 * workloads by {@link Area}, not by region code, so each chosen region becomes one service of one instance in the
 * area nearest to it; the model then serves that area from the provider's nearest region it can price, which is
 * normally the chosen one and is reported when it is not. Instance prices in the catalog do not differ by region,
 * so this prices the machines right; what it cannot price (a region only some plans may use) the model's warnings
 * say.
 * <p>
 * The machine is the seed's smallest always-on size: 1 shared vCPU and 512 MB, running all month (730 hours) at the
 * typical CPU use of a small web app ({@link Workload#TYPICAL_CPU_PERCENT}, as the estimate presets), no volume, no
 * egress, no dedicated IPv4, no database.
 */
final class MachineCost {

	static final int MEMORY_MB = 512;

	static final BigDecimal VCPUS = BigDecimal.ONE;

	static final CpuKind CPU_KIND = CpuKind.SHARED;

	static final BigDecimal HOURS = new BigDecimal("730");

	static final BigDecimal CPU_PERCENT = Workload.TYPICAL_CPU_PERCENT;

	private final CostModel model;

	MachineCost(CostModel model) {
		this.model = model;
	}

	/** The estimate for one machine per region, and where each machine was priced; empty regions: no estimate. */
	Priced price(ProviderProfile profile, List<Region> regions) {
		if (regions.isEmpty()) {
			return new Priced(null, List.of());
		}
		List<Workload.Service> services = new ArrayList<>();
		List<Area> areas = new ArrayList<>();
		for (Region region : regions) {
			Area area = nearestArea(region);
			areas.add(area);
			services.add(new Workload.Service("machine in " + region.code(), 1, CPU_KIND, VCPUS, MEMORY_MB,
					List.of(area), HOURS, CPU_PERCENT));
		}
		Workload workload = new Workload(services, BigDecimal.ZERO, Map.of(), 0, null, false);
		Estimate estimate = this.model.estimate(profile, workload);
		List<Machine> machines = new ArrayList<>();
		for (int i = 0; i < regions.size(); i++) {
			Area area = areas.get(i);
			Placement placement = estimate.placements().stream()
				.filter((p) -> p.area() == area)
				.findFirst()
				.orElse(null);
			machines.add(new Machine(regions.get(i), area, (placement != null) ? placement.regionCode() : null));
		}
		return new Priced(estimate, machines);
	}

	/** The area whose city is nearest to the region. */
	static Area nearestArea(Region region) {
		double lat = Objects.requireNonNull(region.latitude(), "a mapped region").doubleValue();
		double lon = Objects.requireNonNull(region.longitude(), "a mapped region").doubleValue();
		return java.util.Arrays.stream(Area.values())
			.min(Comparator.comparingDouble((Area a) -> Geo.distanceKm(lat, lon, a.latitude(), a.longitude())))
			.orElseThrow();
	}

	/**
	 * The cost model's answer.
	 *
	 * @param estimate {@code null} when there was nothing to price
	 */
	record Priced(@Nullable Estimate estimate, List<Machine> machines) {
	}

	/**
	 * One machine: the region chosen, the area it was priced as, and the region the cost model served that area
	 * from.
	 *
	 * @param pricedIn the cost model's region for the area, {@code null} when it could not place it
	 */
	public record Machine(Region region, Area area, @Nullable String pricedIn) {

		/** Whether the cost model priced the machine in another region than the one chosen. */
		public boolean elsewhere() {
			return this.pricedIn != null && !this.pricedIn.equals(this.region.code());
		}
	}

}
