package io.paasatlas.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.paasatlas.catalog.CpuKind;
import org.jspecify.annotations.Nullable;

/**
 * What a team wants to run, independent of any provider: every provider is priced for this same need.
 *
 * @param services the services, each in one or more areas
 * @param storageGb persistent volume storage in total, split evenly over the instances that hold it
 * @param egressGb outbound internet traffic per area, in GB per month
 * @param dedicatedIpv4 dedicated IPv4 addresses
 * @param postgresMemoryMb the memory of a managed PostgreSQL database, {@code null} for none
 * @param allowSleep whether free-tier limits are acceptable: instances that sleep without traffic or must be renewed
 * by hand (free and eco tiers qualify only then)
 */
public record Workload(List<Service> services, BigDecimal storageGb, Map<Area, BigDecimal> egressGb,
		int dedicatedIpv4, @Nullable Integer postgresMemoryMb, boolean allowSleep) {

	/**
	 * The average CPU use assumed for a small web app, in percent of one vCPU: the documented baseline of a shared
	 * vCPU, 5 ms of each 80 ms period (Fly.io docs, "CPU Performance", fly.io/docs/machines/cpu-performance, as of
	 * 2025-02-13; the pages cite it with the message {@code estimate.cpu.assumption}). A shared machine sustains it,
	 * so every provider is priced for the same need.
	 */
	public static final BigDecimal TYPICAL_CPU_PERCENT = new BigDecimal("6.25");

	public Workload {
		services = List.copyOf(services);
		egressGb = Map.copyOf(egressGb);
	}

	/** Every area any service runs in, in first-seen order. */
	public List<Area> areas() {
		return this.services.stream().flatMap((s) -> s.areas().stream()).distinct().toList();
	}

	/** Instances of every service together. */
	public int instances() {
		return this.services.stream().mapToInt(Service::instances).sum();
	}

	/** The same workload with every service's CPU used at this average: the ceiling of use-metered billing. */
	Workload withCpuPercent(BigDecimal percent) {
		return new Workload(this.services.stream().map((s) -> s.withCpuPercent(percent)).toList(), this.storageGb,
				this.egressGb, this.dedicatedIpv4, this.postgresMemoryMb, this.allowSleep);
	}

	/**
	 * One service: {@code count} identical instances in each of its areas.
	 *
	 * @param cpuKind shared or performance; {@code null} for either
	 * @param vcpus the vCPUs each instance may use at peak
	 * @param hoursPerMonth hours each instance runs in a month (730 = always on)
	 * @param cpuPercent average use of those vCPUs, in percent: what use-metered providers bill, and what a shared
	 * CPU's baseline must sustain
	 * @param imageGb the size of the service's image in GB, which a provider may bill while an instance is stopped
	 * (Fly.io's rootfs); {@code null} when not given
	 */
	public record Service(String name, int count, @Nullable CpuKind cpuKind, BigDecimal vcpus, int memoryMb,
			List<Area> areas, BigDecimal hoursPerMonth, BigDecimal cpuPercent, @Nullable BigDecimal imageGb) {

		public Service {
			areas = List.copyOf(areas);
		}

		/** A service whose image size is not given. */
		public Service(String name, int count, @Nullable CpuKind cpuKind, BigDecimal vcpus, int memoryMb,
				List<Area> areas, BigDecimal hoursPerMonth, BigDecimal cpuPercent) {
			this(name, count, cpuKind, vcpus, memoryMb, areas, hoursPerMonth, cpuPercent, null);
		}

		public int instances() {
			return this.count * this.areas.size();
		}

		/** The CPU each instance uses on average, in vCPUs: {@code vcpus × cpuPercent / 100}. */
		public BigDecimal averageVcpus() {
			return this.vcpus.multiply(this.cpuPercent).movePointLeft(2);
		}

		/** The same service running this many hours a month. */
		public Service withHours(String hours) {
			return new Service(this.name, this.count, this.cpuKind, this.vcpus, this.memoryMb, this.areas,
					new BigDecimal(hours), this.cpuPercent, this.imageGb);
		}

		/** The same service with an image of this many GB. */
		public Service withImageGb(@Nullable BigDecimal gb) {
			return new Service(this.name, this.count, this.cpuKind, this.vcpus, this.memoryMb, this.areas,
					this.hoursPerMonth, this.cpuPercent, gb);
		}

		Service withCpuPercent(BigDecimal percent) {
			return new Service(this.name, this.count, this.cpuKind, this.vcpus, this.memoryMb, this.areas,
					this.hoursPerMonth, percent, this.imageGb);
		}
	}

}
