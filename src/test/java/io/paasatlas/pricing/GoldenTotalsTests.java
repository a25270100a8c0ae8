package io.paasatlas.pricing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.paasatlas.catalog.ProviderProfile;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Totals computed by hand, one (workload, provider) pair a row, over the fixture copies of the billing data
 * ({@code src/test/resources/pricing/fixtures}): a change of the model fails here, a change of the data fails in
 * {@link BillingFixturesTests}. The arithmetic of every row is written beside it.
 * <p>
 * Conventions of the arithmetic: Fly.io and Railway price a 720-hour month, so 730 hours cost 730/720 = 1.013889
 * (six decimals) of a monthly price; Heroku caps a dyno at its monthly price; Render and PythonAnywhere bill the
 * listed month. Every line is rounded to the cent, half up, and the total is the sum of the lines.
 */
class GoldenTotalsTests {

	static Map<String, ProviderProfile> fixtures;

	final CostModel model = new CostModel();

	@BeforeAll
	static void read() {
		fixtures = Workloads.fixtures();
	}

	static Stream<Arguments> golden() {
		return Stream.of(
				// --- Fly.io: per second from 720-hour prices; regions price differently, and only sjc's are known
				// 512 MB preset 3.19 x 1.013889 = 3.234306 -> 3.23; volume 1 x 0.15 = 0.15; egress 25 x 0.02 = 0.50
				row("minimal", Workloads::minimal, "fly-io", "3.88", Confidence.APPROXIMATE, null),
				// 3 x 3.19 x 1.013889 = 9.702918 -> 9.70; volumes 3 x 0.15 = 0.45; egress US + EU 166.666666 x 0.02
				// = 3.333333 -> 3.33, Asia 83.333333 x 0.04 = 3.333333 -> 3.33; 9.70 + 0.45 + 3.33 + 3.33
				row("global", Workloads::global, "fly-io", "16.81", Confidence.APPROXIMATE, null),
				// 3.23 + egress 0.50
				row("stateless", Workloads::stateless, "fly-io", "3.73", Confidence.APPROXIMATE, null),
				// no free tier: the same 3.23 + 0.50
				row("stateless, sleep allowed", () -> Workloads.stateless(true), "fly-io", "3.73",
						Confidence.APPROXIMATE, null),
				// 2 x 3.19 x 1.013889 = 6.468612 -> 6.47; egress 0.50
				row("two in US East", Workloads::twoInUsEast, "fly-io", "6.97", Confidence.APPROXIMATE, null),
				// sjc's own 256 MB price (cost-management page): 2.32 x 1.013889 = 2.352222 -> 2.35, exact
				row("256 MB in US West", Workloads::small256InUsWest, "fly-io", "2.35", Confidence.EXACT, null),

				// --- Heroku: dynos capped at their monthly price; no volumes; Eco and Basic one per process type
				// a 1 GB volume: no persistent volume on dynos
				row("minimal", Workloads::minimal, "heroku", null, Confidence.CANNOT_RUN, null),
				row("global", Workloads::global, "heroku", null, Confidence.CANNOT_RUN, null),
				// Basic 7.00 (Eco sleeps); egress price unknown
				row("stateless", Workloads::stateless, "heroku", "7.00", Confidence.LOWER_BOUND, null),
				// Eco's pool of 1,000 hours covers 730: 5.00; egress unknown
				row("stateless, sleep allowed", () -> Workloads.stateless(true), "heroku", "5.00",
						Confidence.LOWER_BOUND, null),
				// two dynos of one process type: Standard-1X 2 x 25.00; egress unknown
				row("two in US East", Workloads::twoInUsEast, "heroku", "50.00", Confidence.LOWER_BOUND, null),
				// Basic 7.00, no egress: every line exact
				row("256 MB in US West", Workloads::small256InUsWest, "heroku", "7.00", Confidence.EXACT, null),

				// --- Render: third-party instance prices (approximate); 100 GB of egress per workspace (unverified)
				// Starter 7.00; disk 1 GB x 0.25 (third party) = 0.25; egress 25 GB within the 100 GB: 0 blocks = 0.00
				row("minimal", Workloads::minimal, "render", "7.25", Confidence.APPROXIMATE, null),
				// 3 x Starter 21.00; disks 3 GB x 0.25 = 0.75; 250 GB - 100 GB = 150 GB -> 2 blocks x 15.00 = 30.00
				row("global", Workloads::global, "render", "51.75", Confidence.APPROXIMATE, null),
				// Starter 7.00 (Free sleeps) + egress 0.00
				row("stateless", Workloads::stateless, "render", "7.00", Confidence.APPROXIMATE, null),
				// Free: 730 of its 750 hours, 0.00; egress within the allowance 0.00
				row("stateless, sleep allowed", () -> Workloads.stateless(true), "render", "0.00",
						Confidence.APPROXIMATE, null),
				// 2 x Starter 14.00 + egress 0.00
				row("two in US East", Workloads::twoInUsEast, "render", "14.00", Confidence.APPROXIMATE, null),
				// Starter 7.00
				row("256 MB in US West", Workloads::small256InUsWest, "render", "7.00", Confidence.APPROXIMATE, null),

				// --- Railway: measured use (CPU at the stated use, memory at most the allocation) under a plan fee
				// CPU 0.0625 x 1.013889 = 0.063368 x 20 = 1.26736 -> 1.27; memory 0.5 x 1.013889 x 10 = 5.069445 ->
				// 5.07; volume 1 x 0.15; egress 25 x 0.05 = 1.25; usage 7.74; Free holds 0.5 GB of volume, so Hobby:
				// 5.00 fee - 5.00 included + 7.74. At 100 % CPU: 1.013889 x 20 = 20.27778 -> 20.28; usage 26.75 =
				// Hobby 5.00 + 21.75 (Pro 20.00 + 6.75 ties; the first plan wins)
				row("minimal", Workloads::minimal, "railway", "7.74", Confidence.UPPER_BOUND, "26.75"),
				// each instance its own service (volumes forbid replicas); CPU 3 x 0.0625 x 1.013889 = 0.190104 x 20
				// = 3.80208 -> 3.80; memory 1.5 x 1.013889 x 10 = 15.208335 -> 15.21; volumes 0.45; egress
				// 249.999999 x 0.05 = 12.50; usage 31.96 -> Hobby 5.00 + 26.96. At 100 %: 3 x 1.013889 = 3.041667
				// x 20 = 60.83334 -> 60.83; usage 88.99
				row("global", Workloads::global, "railway", "31.96", Confidence.UPPER_BOUND, "88.99"),
				// 1.27 + 5.07 + 1.25 = 7.59 (Free holds only 1.00 of usage); at 100 %: 20.28 + 5.07 + 1.25 = 26.60
				row("stateless", Workloads::stateless, "railway", "7.59", Confidence.UPPER_BOUND, "26.60"),
				row("stateless, sleep allowed", () -> Workloads.stateless(true), "railway", "7.59",
						Confidence.UPPER_BOUND, "26.60"),
				// CPU 2 x 0.0625 x 1.013889 = 0.126736 x 20 = 2.53472 -> 2.53; memory 1 x 1.013889 x 10 = 10.13889 ->
				// 10.14; egress 1.25; usage 13.92. At 100 %: 2 x 1.013889 = 2.027778 x 20 = 40.55556 -> 40.56; 51.95
				row("two in US East", Workloads::twoInUsEast, "railway", "13.92", Confidence.UPPER_BOUND, "51.95"),
				// CPU 1.27; memory 0.25 x 1.013889 x 10 = 2.534723 -> 2.53; usage 3.80 within Hobby's 5.00: the fee.
				// At 100 %: 20.28 + 2.53 = 22.81
				row("256 MB in US West", Workloads::small256InUsWest, "railway", "5.00", Confidence.UPPER_BOUND,
						"22.81"),

				// --- PythonAnywhere: flat monthly plans (third-party prices); egress price unknown
				// Hacker 5.00, its 1 GB of disk included 0.00; egress unknown
				row("minimal", Workloads::minimal, "pythonanywhere", "5.00", Confidence.LOWER_BOUND, null),
				// three web apps: the Hacker plan allows one, the free account needs renewing
				row("global", Workloads::global, "pythonanywhere", null, Confidence.CANNOT_RUN, null),
				row("stateless", Workloads::stateless, "pythonanywhere", "5.00", Confidence.LOWER_BOUND, null),
				// the free account: 0.00; egress unknown
				row("stateless, sleep allowed", () -> Workloads.stateless(true), "pythonanywhere", "0.00",
						Confidence.LOWER_BOUND, null),
				row("two in US East", Workloads::twoInUsEast, "pythonanywhere", null, Confidence.CANNOT_RUN, null),
				// Hacker 5.00, no egress: a third-party price, approximate
				row("256 MB in US West", Workloads::small256InUsWest, "pythonanywhere", "5.00", Confidence.APPROXIMATE,
						null));
	}

	@ParameterizedTest(name = "{0} on {2}")
	@MethodSource("golden")
	void totalIsTheHandComputedOne(String workload, Supplier<Workload> of, String slug, @Nullable String total,
			Confidence confidence, @Nullable String ceiling) {
		Estimate estimate = this.model.estimate(fixtures.get(slug), of.get());
		assertThat(estimate.confidence()).as("confidence, because %s %s", estimate.reasons(), estimate.blockers())
			.isEqualTo(confidence);
		assertThat(estimate.total()).as("total").isEqualTo((total != null) ? new BigDecimal(total) : null);
		assertThat(estimate.ceiling()).as("ceiling").isEqualTo((ceiling != null) ? new BigDecimal(ceiling) : null);
	}

	private static Arguments row(String workload, Supplier<Workload> of, String slug, @Nullable String total,
			Confidence confidence, @Nullable String ceiling) {
		return Arguments.of(workload, of, slug, total, confidence, ceiling);
	}

}
