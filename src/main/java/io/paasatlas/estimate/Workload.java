package io.paasatlas.estimate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a team wants to run, independent of any provider.
 *
 * @param services the services, each in one or more areas
 * @param storageGb persistent volume storage in total
 * @param egressGb outbound internet traffic per area, in GB per month
 * @param dedicatedIpv4 dedicated IPv4 addresses
 * @param postgresMemoryMb the memory of a managed PostgreSQL database, {@code null} for none
 * @param allowSleep whether instances may sleep without traffic (free and eco tiers qualify only then)
 */
public record Workload(List<Service> services, BigDecimal storageGb, Map<Area, BigDecimal> egressGb,
		int dedicatedIpv4, @Nullable Integer postgresMemoryMb, boolean allowSleep) {

	public Workload {
		services = List.copyOf(services);
		egressGb = Map.copyOf(egressGb);
	}

	/** Every area any service runs in, in first-seen order. */
	public List<Area> areas() {
		return this.services.stream().flatMap((s) -> s.areas().stream()).distinct().toList();
	}

	/**
	 * One service: {@code count} identical instances in each of its areas.
	 *
	 * @param cpuKind {@code shared} or {@code performance}
	 * @param hoursPerMonth hours each instance runs in a month (730 = always on)
	 * @param cpuPercent average CPU use, for providers that bill measured use (Railway); 100 is the upper bound
	 */
	public record Service(String name, int count, String cpuKind, BigDecimal vcpus, int memoryMb, List<Area> areas,
			BigDecimal hoursPerMonth, int cpuPercent) {

		public Service {
			areas = List.copyOf(areas);
		}

		public int instances() {
			return this.count * this.areas.size();
		}
	}

}
