package io.paasatlas.estimate;

import io.paasatlas.pricing.Area;
import io.paasatlas.pricing.Workload;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The workloads of the seed's "Minimum Cost Estimate" ({@code data/sources/fly-io-provider-analysis.md}, the source
 * {@code seed} of {@code data/providers/fly-io.yaml}), as the estimate form's values. Each one's key is also
 * the id of the seed's published example in a profile's {@code pricing.cost_examples}, so the page can show that
 * example beside the computed cost.
 * <p>
 * Both run one service, "web": one instance per region of a shared-CPU machine with 1 vCPU and 512 MB ("shared-cpu-1x
 * (512 MB RAM)"), always on (730 hours), no dedicated IPv4 address, no managed PostgreSQL, and instances that never
 * sleep. Its average CPU use is {@link Workload#TYPICAL_CPU_PERCENT}: what the seed's machine, a shared vCPU, sustains —
 * so every provider is priced for the same need, and those that bill measured CPU use show the 100 % ceiling beside.
 * <ul>
 * <li>{@code minimal-flask}, "Minimal Flask App (Single Region)": region US East, 1 GB storage, 25 GB egress a month
 * (the seed's "Minimal egress: ~$0.50/month" at its "$0.02/GB starting rate").</li>
 * <li>{@code global-flask}, "Global Flask App (Multi-Region)": "3x shared-cpu-1x (512 MB) in US/EU/Asia" (US East,
 * Europe West, Asia Southeast), 3 GB storage, 250 GB egress a month ("Moderate egress: ~$5/month" at $0.02/GB).</li>
 * </ul>
 */
enum WorkloadPreset {

	MINIMAL_FLASK("minimal-flask", List.of(Area.US_EAST), "1", "25"),

	GLOBAL_FLASK("global-flask", List.of(Area.US_EAST, Area.EU_WEST, Area.ASIA_SOUTHEAST), "3", "250");

	private final String key;

	private final List<Area> areas;

	private final String storageGb;

	private final String egressGb;

	WorkloadPreset(String key, List<Area> areas, String storageGb, String egressGb) {
		this.key = key;
		this.areas = areas;
		this.storageGb = storageGb;
		this.egressGb = egressGb;
	}

	/** The preset with this key ({@code minimal-flask}), if any. */
	static Optional<WorkloadPreset> of(@Nullable String key) {
		if (key == null) {
			return Optional.empty();
		}
		String wanted = key.strip();
		return Arrays.stream(values()).filter((p) -> p.key.equals(wanted)).findFirst();
	}

	/** The key in the query string ({@code preset=global-flask}) and of the seed's cost example. */
	public String key() {
		return this.key;
	}

	public List<Area> areas() {
		return this.areas;
	}

	// The form's values, as text: the form binds strings and validates them itself.

	public String instances() {
		return "1";
	}

	public String memoryMb() {
		return "512";
	}

	public String vcpus() {
		return "1";
	}

	public String cpuKind() {
		return "shared";
	}

	public String regions() {
		return this.areas.stream().map(Area::key).collect(Collectors.joining(","));
	}

	public String hours() {
		return "730";
	}

	public String cpuPercent() {
		return Workload.TYPICAL_CPU_PERCENT.toPlainString();
	}

	public String storageGb() {
		return this.storageGb;
	}

	public String egressGb() {
		return this.egressGb;
	}

	public String ipv4() {
		return "0";
	}

	public @Nullable String postgresMb() {
		return null;
	}

	public String allowSleep() {
		return "false";
	}

	/** The form this preset fills, with every field at the preset's value. */
	EstimateForm form() {
		return EstimateForm.of(Map.of("preset", this.key));
	}

}
