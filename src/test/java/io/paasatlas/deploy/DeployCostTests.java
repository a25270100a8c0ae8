package io.paasatlas.deploy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.paasatlas.pricing.Area;
import io.paasatlas.pricing.Confidence;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly cost of a kit, computed by hand from the profiles' prices: exactly the configuration of the files, one
 * instance per region, always on (730 hours; a listed month is 720 hours where the profile says so).
 */
@SpringBootTest(properties = "catalog.location=data/providers")
@AutoConfigureMockMvc
class DeployCostTests {

	@Autowired
	DeployKits kits;

	@Test
	void flyMachineAlwaysOn() {
		// shared-cpu-1x 512 MB: $3.19 per 720 h x 730 h = $3.2343; iad has no price of its own: approximate
		assertCost(Map.of("provider", "fly-io"), "3.23", Confidence.APPROXIMATE);
	}

	@Test
	void flyMachineInEachOfThreeRegions() {
		// 3 x $3.2343 = $9.7029; iad, lhr and sin are the areas US East, Europe West and Asia Southeast
		Kit kit = assertCost(Map.of("provider", "fly-io", "regions", "iad,lhr,sin"), "9.70", Confidence.APPROXIMATE);
		assertThat(kit.cost().areas()).containsExactly(Area.US_EAST, Area.EU_WEST, Area.ASIA_SOUTHEAST);
		assertThat(kit.cost().pooled()).isFalse();
	}

	@Test
	void twoRegionsOfOneAreaArePricedTogetherInThePrimarys() {
		// iad and ewr are both nearest to US East: 2 x $3.2343 = $6.4686
		Kit kit = assertCost(Map.of("provider", "fly-io", "regions", "iad,ewr"), "6.47", Confidence.APPROXIMATE);
		assertThat(kit.cost().pooled()).isTrue();
		assertThat(kit.cost().estimateLinks().get(0)).contains("instances=2", "regions=us-east");
	}

	@Test
	void flyWithManagedPostgres() {
		// + MPG Basic (1 GB) $38
		assertCost(Map.of("provider", "fly-io", "postgres", "true"), "41.23", Confidence.APPROXIMATE);
	}

	@Test
	void herokuBasicDynoAndAWorkerDyno() {
		// Basic 512 MB: $7 a month, capped at the monthly price; a worker is a second Basic dyno
		assertCost(Map.of("provider", "heroku"), "7.00", Confidence.EXACT);
		assertCost(Map.of("provider", "heroku", "worker", "true"), "14.00", Confidence.EXACT);
	}

	@Test
	void renderStarterPlan() {
		// a third party's price: approximate
		assertCost(Map.of("provider", "render"), "7.00", Confidence.APPROXIMATE);
	}

	@Test
	void railwayUpperBoundOfUse() {
		// CPU 0.0625 x 1.013889 x $20 = $1.27; memory 0.5 GB x 1.013889 x $10 = $5.07 (at most: billed by use);
		// $6.34 of usage on the Hobby plan: its $5 fee includes $5 of it
		assertCost(Map.of("provider", "railway"), "6.34", Confidence.UPPER_BOUND);
	}

	@Test
	void pythonAnywhereWorkerHasNoPriceSoTheTotalIsALowerBound() {
		assertCost(Map.of("provider", "pythonanywhere"), "5.00", Confidence.APPROXIMATE);
		assertCost(Map.of("provider", "pythonanywhere", "worker", "true"), "5.00", Confidence.LOWER_BOUND);
	}

	@Test
	void digitalOceanSmallestSharedSizeCappedAtItsMonthlyPrice() {
		// apps-s-1vcpu-0.5gb: $5.00 a month (28 days of its per-second rate), capped at the monthly price
		assertCost(Map.of("provider", "digitalocean-app-platform"), "5.00", Confidence.EXACT);
	}

	@Test
	void scalingoContainerInEuros() {
		// M (512 MB): EUR 0.02 an hour x 730 h
		Kit kit = assertCost(Map.of("provider", "scalingo"), "14.60", Confidence.EXACT);
		assertThat(kit.cost().currency()).isEqualTo(io.paasatlas.catalog.Currency.EUR);
	}

	@Test
	void upsunAllocatedCpuAndMemoryPlusTheProjectFee() {
		// 0.25 CPU x EUR 24.09 + 640 MB (0.625 GB) x EUR 9.49 + the EUR 9 project fee = 6.0225 + 5.93125 + 9
		assertCost(Map.of("provider", "upsun"), "20.95", Confidence.APPROXIMATE);
	}

	@Test
	void cleverCloudNanoForAFullMonth() {
		// nano (512 MB): EUR 6.00 per 720 h x 730 h = 6.0833; a worker runs inside the instance: a lower bound
		assertCost(Map.of("provider", "clever-cloud"), "6.08", Confidence.APPROXIMATE);
		assertCost(Map.of("provider", "clever-cloud", "worker", "true"), "6.08", Confidence.LOWER_BOUND);
	}

	@Test
	void cloudRunOneAlwaysAllocatedInstanceAtMostWithoutTheFreeTier() {
		// 1 vCPU x $46.656 per 720 h x 730/720 = 47.3040 -> 47.30; 0.5 GiB x $5.184 x 1.013889 = 2.6280 -> 2.63. The
		// free tier is not deducted (an upper bound) and the memory rate is a third party's (approximate):
		// approximate, as Confidence.and combines them
		Kit kit = assertCost(Map.of("provider", "google-cloud-run"), "49.93", Confidence.APPROXIMATE);
		assertThat(kit.notes()).anyMatch((n) -> n.text().startsWith("The cost is at most the total shown"));
		// 1 GiB: 47.30 + 1 x 5.184 x 1.013889 = 5.2560 -> 5.26; a worker is not generated, so not priced: a lower
		// bound, which Confidence.and keeps over approximate
		assertCost(Map.of("provider", "google-cloud-run", "memoryMb", "1024", "worker", "true"), "52.56",
				Confidence.LOWER_BOUND);
	}

	@Test
	void koyebMicroInstancePerRegion() {
		// micro (512 MB): $5.3568 per 744 h x 730 h = 5.2560 -> 5.26
		assertCost(Map.of("provider", "koyeb"), "5.26", Confidence.EXACT);
		// fra and sin are two areas at one price, one line for both: 2 x 5.2560 = 10.5120 -> 10.51
		assertCost(Map.of("provider", "koyeb", "regions", "fra,sin"), "10.51", Confidence.EXACT);
	}

	@Test
	void sevallaPodTheStepsName() {
		// C1 (1 vCPU / 1 GB), the smallest priced pod with 512 MB: ~$18 per 730-hour month (a third party's list, so
		// approximate) x 730 h
		Kit kit = assertCost(Map.of("provider", "sevalla"), "18.00", Confidence.APPROXIMATE);
		assertThat(kit.size().id()).isEqualTo("C1");
		// S2 (1 CPU / 2 GB): $40 a month on the older pricing page
		kit = assertCost(Map.of("provider", "sevalla", "memoryMb", "2048"), "40.00", Confidence.EXACT);
		assertThat(kit.size().id()).isEqualTo("S2");
	}

	private Kit assertCost(Map<String, String> query, String total, Confidence confidence) {
		Kit kit = KitCases.kit(this.kits, new LinkedHashMap<>(query));
		assertThat(kit.cost().total()).as(query.toString()).isEqualByComparingTo(new BigDecimal(total));
		assertThat(kit.cost().confidence()).as(query.toString()).isEqualTo(confidence);
		assertThat(kit.cost().estimateLinks()).allSatisfy((l) -> assertThat(l).startsWith("/estimate?providers="));
		return kit;
	}

}
