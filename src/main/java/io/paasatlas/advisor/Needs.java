package io.paasatlas.advisor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.paasatlas.catalog.Billing;
import io.paasatlas.catalog.CpuKind;
import io.paasatlas.pricing.Area;
import io.paasatlas.pricing.Money;
import io.paasatlas.pricing.Workload;
import org.jspecify.annotations.Nullable;

/**
 * A project's needs, parsed from a valid {@link AdvisorForm}.
 *
 * @param areas where the users are
 * @param instances always-on instances per area
 * @param memoryMb memory per instance
 * @param budgetUsd what the project may spend a month
 * @param dockerFamiliar whether the team is at ease writing and maintaining a Dockerfile
 * @param project the name of the preset's project ({@code QRCards}), {@code null} for any other needs
 */
record Needs(List<Area> areas, int instances, int memoryMb, BigDecimal budgetUsd, boolean dockerFamiliar,
		boolean postgres, boolean workers, boolean cron, boolean autoscaling, boolean freeTier, boolean allowSleep,
		@Nullable String project) {

	/** The managed PostgreSQL database priced when one is needed: the smallest plans are about this size. */
	static final int POSTGRES_MB = 1024;

	/** Egress of the seed's Minimal Flask App ("Minimal egress: ~$0.50/month" at $0.02/GB), per area. */
	private static final BigDecimal EGRESS_GB = new BigDecimal("25");

	Needs {
		areas = List.copyOf(areas);
	}

	/**
	 * The workload the cost model prices: one web service of 1 shared vCPU at a small web app's typical use, always
	 * on unless free-tier limits are allowed, no persistent disk (the seed's sample Flask app keeps no state), the
	 * seed's minimal egress per area.
	 */
	Workload workload() {
		Workload.Service web = new Workload.Service("web", this.instances, CpuKind.SHARED, BigDecimal.ONE, this.memoryMb,
				this.areas, Billing.HOURS_PER_MONTH, Workload.TYPICAL_CPU_PERCENT);
		Map<Area, BigDecimal> egress = new LinkedHashMap<>();
		for (Area area : this.areas) {
			egress.put(area, EGRESS_GB);
		}
		return new Workload(List.of(web), BigDecimal.ZERO, egress, 0, this.postgres ? POSTGRES_MB : null,
				this.allowSleep);
	}

	/** The same workload on the estimate page, for one provider: the link behind a cost reason. */
	String estimateQuery(String slug) {
		String query = "providers=" + slug + "&regions=" + this.areas.stream().map(Area::key).collect(Collectors.joining(","))
				+ "&instances=" + this.instances + "&memoryMb=" + this.memoryMb + "&vcpus=1&cpuKind=shared&hours=730"
				+ "&cpuPercent=" + Workload.TYPICAL_CPU_PERCENT.toPlainString() + "&storageGb=0"
				+ "&egressGb=" + EGRESS_GB.multiply(BigDecimal.valueOf(this.areas.size())).toPlainString() + "&ipv4=0"
				+ "&allowSleep=" + this.allowSleep;
		return this.postgres ? query + "&postgresMb=" + POSTGRES_MB : query;
	}

	/** The budget as the page writes it: {@code $10.00}. */
	String budget() {
		return Money.usd(this.budgetUsd.setScale(2, RoundingMode.HALF_UP));
	}

}
