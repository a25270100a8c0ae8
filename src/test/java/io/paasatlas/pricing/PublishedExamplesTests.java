package io.paasatlas.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.pricing.Estimate.LineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked examples the providers publish in their own docs, reproduced to the cent by the cost model on the
 * bundled data: if a price or a rule drifts from what the provider's own arithmetic gives, this fails.
 */
class PublishedExamplesTests {

	static Map<String, ProviderProfile> data;

	final CostModel model = new CostModel();

	@BeforeAll
	static void read() {
		data = Workloads.data();
	}

	/** Railway's plans page: "If your resource usage is $3, your total bill for the cycle will be $5". */
	@Test
	void railwayHobbyWithThreeDollarsOfUsageCostsTheFee() {
		// 1 GB of memory for 216 hours, no CPU: 1 x 216/720 x $10 = $3.00 of usage
		Estimate e = this.model.estimate(data.get("railway"), memoryOnly(1024, "216"));
		assertThat(e.total()).isEqualByComparingTo("5.00");
		assertThat(example("railway", "hobby-usage-below-credit").totalUsd().value()).isEqualByComparingTo(e.total());
	}

	/** Railway's plans page: "If your resource usage is $7, your total bill for the cycle will be $7". */
	@Test
	void railwayHobbyWithSevenDollarsOfUsageCostsTheUsage() {
		// 1 GB for 504 hours: 504/720 x $10 = $7.00 of usage; $5 fee + $2 beyond the included $5
		Estimate e = this.model.estimate(data.get("railway"), memoryOnly(1024, "504"));
		assertThat(e.total()).isEqualByComparingTo("7.00");
		assertThat(example("railway", "hobby-usage-above-credit").totalUsd().value()).isEqualByComparingTo(e.total());
	}

	/** Fly.io's per-second price times 30 days is its monthly figure: $0.00000123 x 2,592,000 s = $3.19. */
	@Test
	void flySharedCpu512For30DaysIsItsMonthlyPrice() {
		Estimate e = this.model.estimate(data.get("fly-io"), new Workload(List.of(Workloads.web(1, 512,
				List.of(Area.US_EAST), Workloads.TYPICAL).withHours("720")), BigDecimal.ZERO, Map.of(), 0, null, false));
		assertThat(e.total()).isEqualByComparingTo("3.19");
	}

	/** Fly.io's cost-management page: three 1 GB shared-cpu-1x Machines in sjc cost $20.37 a month. */
	@Test
	void flyThreeOneGigabyteMachinesInSjc() {
		Estimate e = this.model.estimate(data.get("fly-io"), new Workload(List.of(Workloads.web(3, 1024,
				List.of(Area.US_WEST), Workloads.TYPICAL).withHours("720")), BigDecimal.ZERO, Map.of(), 0, null, false));
		// the chosen size is the 1 GB preset at its sjc price, "about $6.79" each: 3 x 6.79 = 20.37
		assertThat(e.lines()).first().satisfies((l) -> assertThat(l.what()).contains("shared-cpu-1x (1 GB) in sjc"));
		assertThat(e.total()).isEqualByComparingTo("20.37");
	}

	/** The Heroku CLI's hourly dyno price is the monthly one over 720 hours: Basic for 360 hours is $3.50. */
	@Test
	void herokuBasicForHalfOf720HoursIsHalfItsPrice() {
		Estimate e = this.model.estimate(data.get("heroku"), new Workload(List.of(Workloads.web(1, 512,
				List.of(Area.US_EAST), Workloads.TYPICAL).withHours("360")), BigDecimal.ZERO, Map.of(), 0, null, false));
		assertThat(e.total()).isEqualByComparingTo("3.50");
	}

	/** Fly.io's billing page: "1GB of rootfs stopped for 10 days in the entire month will cost $0.05". */
	@Test
	void flyOneGigabyteOfRootfsStoppedForTenDays() {
		// runs 730 - 240 = 490 hours; stopped 240 h = 10 days: 1 GB x 240/720 x $0.15 = $0.05
		LineItem rootfs = stoppedRootfs(this.model.estimate(data.get("fly-io"), new Workload(List.of(Workloads.web(1,
				256, List.of(Area.US_EAST), Workloads.TYPICAL).withHours("490").withImageGb(BigDecimal.ONE)),
				BigDecimal.ZERO, Map.of(), 0, null, false)));
		assertThat(rootfs.monthly()).isEqualByComparingTo("0.05");
		assertThat(example("fly-io", "stopped-machine-rootfs-10-days").totalUsd().value())
			.isEqualByComparingTo(rootfs.monthly());
	}

	/** Fly.io's billing page: "3 stopped Machines of 1GB rootfs each stopped for 30 days it will cost $0.45". */
	@Test
	void flyThreeMachinesOfOneGigabyteRootfsStoppedForThirtyDays() {
		// runs 730 - 720 = 10 hours; stopped 720 h = 30 days: 3 x 1 GB x 720/720 x $0.15 = $0.45
		LineItem rootfs = stoppedRootfs(this.model.estimate(data.get("fly-io"), new Workload(List.of(Workloads.web(3,
				256, List.of(Area.US_EAST), Workloads.TYPICAL).withHours("10").withImageGb(BigDecimal.ONE)),
				BigDecimal.ZERO, Map.of(), 0, null, false)));
		assertThat(rootfs.monthly()).isEqualByComparingTo("0.45");
		assertThat(example("fly-io", "three-stopped-machines-rootfs-30-days").totalUsd().value())
			.isEqualByComparingTo(rootfs.monthly());
	}

	private static LineItem stoppedRootfs(Estimate estimate) {
		return estimate.lines().stream().filter((l) -> l.what().contains("root filesystem")).findFirst().orElseThrow();
	}

	private static Workload memoryOnly(int memoryMb, String hours) {
		Workload.Service service = Workloads.web(1, memoryMb, List.of(Area.US_EAST), BigDecimal.ZERO).withHours(hours);
		return new Workload(List.of(service), BigDecimal.ZERO, Map.of(), 0, null, false);
	}

	private static ProviderProfile.CostExample example(String slug, String id) {
		return data.get(slug).pricing().costExamples().stream().filter((e) -> e.id().equals(id)).findFirst()
			.orElseThrow();
	}

}
