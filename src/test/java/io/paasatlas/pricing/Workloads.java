package io.paasatlas.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.paasatlas.catalog.CatalogFixtures;
import io.paasatlas.catalog.CatalogReport;
import io.paasatlas.catalog.CpuKind;
import io.paasatlas.catalog.ProviderProfile;

/**
 * The workloads the cost model tests price, and the profiles they price them with: the fixture copies of the
 * billing data ({@code src/test/resources/pricing/fixtures}) or the bundled data itself.
 */
final class Workloads {

	static final BigDecimal ALWAYS_ON = new BigDecimal("730");

	static final BigDecimal TYPICAL = Workload.TYPICAL_CPU_PERCENT;

	private Workloads() {
	}

	/** The seed's Minimal Flask App: 1 × 512 MB shared in US East, 1 GB volume, 25 GB egress. */
	static Workload minimal() {
		return single(Area.US_EAST, 1, 512, "1", "25", false);
	}

	/** The seed's Global Flask App: 1 × 512 MB in each of US East, Europe West and Asia Southeast, 3 GB, 250 GB. */
	static Workload global() {
		List<Area> areas = List.of(Area.US_EAST, Area.EU_WEST, Area.ASIA_SOUTHEAST);
		BigDecimal third = new BigDecimal("250").divide(new BigDecimal("3"), 6, RoundingMode.HALF_UP);
		Map<Area, BigDecimal> egress = new LinkedHashMap<>();
		areas.forEach((a) -> egress.put(a, third));
		return new Workload(List.of(web(1, 512, areas, TYPICAL)), new BigDecimal("3"), egress, 0, null, false);
	}

	/** The Minimal Flask App without a volume (the seed's sample app keeps no state). */
	static Workload stateless() {
		return single(Area.US_EAST, 1, 512, "0", "25", false);
	}

	/** The stateless app where free-tier limits (sleeping, renewal) are acceptable: the QRCards preset's workload. */
	static Workload stateless(boolean allowSleep) {
		return single(Area.US_EAST, 1, 512, "0", "25", allowSleep);
	}

	/** Two stateless instances in US East. */
	static Workload twoInUsEast() {
		return single(Area.US_EAST, 2, 512, "0", "25", false);
	}

	/** One 256 MB instance in US West (San Jose), no volume, no egress. */
	static Workload small256InUsWest() {
		return new Workload(List.of(web(1, 256, List.of(Area.US_WEST), TYPICAL)), BigDecimal.ZERO, Map.of(), 0, null,
				false);
	}

	static Workload single(Area area, int count, int memoryMb, String storageGb, String egressGb, boolean allowSleep) {
		Map<Area, BigDecimal> egress = new LinkedHashMap<>();
		egress.put(area, new BigDecimal(egressGb));
		return new Workload(List.of(web(count, memoryMb, List.of(area), TYPICAL)), new BigDecimal(storageGb), egress, 0,
				null, allowSleep);
	}

	static Workload.Service web(int count, int memoryMb, List<Area> areas, BigDecimal cpuPercent) {
		return new Workload.Service("web", count, CpuKind.SHARED, BigDecimal.ONE, memoryMb, areas, ALWAYS_ON, cpuPercent);
	}

	/** The fixture copies of the five founding profiles' billing data, by slug. */
	static Map<String, ProviderProfile> fixtures() {
		return read(Path.of("src/test/resources/pricing/fixtures"));
	}

	/** The bundled profiles, by slug. */
	static Map<String, ProviderProfile> data() {
		return read(Path.of("data/providers"));
	}

	private static Map<String, ProviderProfile> read(Path folder) {
		CatalogReport report = CatalogFixtures.dataReader().read(folder);
		if (!report.valid()) {
			throw new IllegalStateException(report.describe());
		}
		return report.profiles().stream().collect(Collectors.toMap(ProviderProfile::slug, Function.identity(),
				(a, b) -> a, LinkedHashMap::new));
	}

}
