package io.paasatlas.advisor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.paasatlas.estimate.Area;
import io.paasatlas.estimate.Workload;
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

	/** Storage and egress of the seed's Minimal Flask App, per area. */
	private static final BigDecimal STORAGE_GB = BigDecimal.ONE;

	private static final BigDecimal EGRESS_GB = new BigDecimal("25");

	Needs {
		areas = List.copyOf(areas);
	}

	/** The workload the cost model prices: one shared-CPU web service, always on unless it may sleep. */
	Workload workload() {
		Workload.Service web = new Workload.Service("web", this.instances, "shared", BigDecimal.ONE, this.memoryMb,
				this.areas, new BigDecimal("730"), 100);
		Map<Area, BigDecimal> egress = new LinkedHashMap<>();
		for (Area area : this.areas) {
			egress.put(area, EGRESS_GB);
		}
		return new Workload(List.of(web), STORAGE_GB.multiply(BigDecimal.valueOf(this.areas.size())), egress, 0,
				this.postgres ? POSTGRES_MB : null, this.allowSleep);
	}

	/** The same workload on the estimate page, for one provider: the link behind a cost reason. */
	String estimateQuery(String slug) {
		String query = "providers=" + slug + "&regions=" + this.areas.stream().map(Area::key).collect(Collectors.joining(","))
				+ "&instances=" + this.instances + "&memoryMb=" + this.memoryMb + "&vcpus=1&cpuKind=shared&hours=730"
				+ "&cpuPercent=100&storageGb=" + STORAGE_GB.multiply(BigDecimal.valueOf(this.areas.size())).toPlainString()
				+ "&egressGb=" + EGRESS_GB.multiply(BigDecimal.valueOf(this.areas.size())).toPlainString() + "&ipv4=0"
				+ "&allowSleep=" + this.allowSleep;
		return this.postgres ? query + "&postgresMb=" + POSTGRES_MB : query;
	}

	/** The budget as the page writes it: {@code $10.00}. */
	String budget() {
		return Money.usd(this.budgetUsd.setScale(2, RoundingMode.HALF_UP));
	}

}
