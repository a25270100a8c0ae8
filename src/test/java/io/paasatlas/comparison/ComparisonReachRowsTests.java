package io.paasatlas.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import io.paasatlas.catalog.Continent;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.comparison.ComparisonTable.Cell;
import io.paasatlas.comparison.ComparisonTable.Row;
import io.paasatlas.geography.LatencyModel;
import io.paasatlas.geography.Metro;
import io.paasatlas.geography.ProviderReach;
import io.paasatlas.geography.ProviderReach.MetroLatency;
import io.paasatlas.geography.ProviderReach.Share;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The latency reach rows of the regions section: the share of metro areas and of their population within 100 ms
 * (most is best) and the worst-served metro, read from the regions atlas's figures; unknown without them.
 */
class ComparisonReachRowsTests {

	private final ProviderProfile near = Profiles.profile("near", "Near");

	private final ProviderProfile far = Profiles.profile("far", "Far");

	private final Map<String, ProviderReach> reaches = Map.of("near", reach("near", 87, "77.9", 0),
			"far", reach("far", 43, "38.8", 2));

	@Test
	void sharesWithin100MsAreFiguresAndTheHighestIsBest() {
		ComparisonTable table = builder((p) -> this.reaches.get(p.slug())).build(List.of(this.near, this.far));

		Row metros = row(table, "reach-metros-100");
		assertThat(metros.cells()).extracting(Cell::figure).containsExactly(new BigDecimal("87.0"),
				new BigDecimal("43.0"));
		assertThat(metros.cells()).extracting(Cell::best).containsExactly(true, false);
		assertThat(metros.cells().get(0).headline().message()).isEqualTo("compare.reach.metros");
		assertThat(metros.cells().get(0).headline().args()).containsExactly("87", 100);

		Row population = row(table, "reach-population-100");
		assertThat(population.cells()).extracting(Cell::figure).containsExactly(new BigDecimal("77.9"),
				new BigDecimal("38.8"));
		assertThat(population.cells()).extracting(Cell::best).containsExactly(true, false);
	}

	@Test
	void regionsLeftOutAreSaidBesideTheFigure() {
		ComparisonTable table = builder((p) -> this.reaches.get(p.slug())).build(List.of(this.near, this.far));

		Cell far = row(table, "reach-metros-100").cells().get(1);
		assertThat(far.items()).singleElement().satisfies((i) -> {
			assertThat(i.message()).isEqualTo("compare.reach.partial");
			assertThat(i.args()).containsExactly(2);
		});
		assertThat(row(table, "reach-metros-100").cells().get(0).items()).isEmpty();
	}

	@Test
	void worstServedMetroIsShownNotCompared() {
		ComparisonTable table = builder((p) -> this.reaches.get(p.slug())).build(List.of(this.near, this.far));

		Row worst = row(table, "reach-worst");
		assertThat(worst.compared()).isFalse();
		assertThat(worst.cells().get(0).headline().args()).containsExactly("Lima, Peru", 182L, "gru");
	}

	@Test
	void withoutTheAtlasTheRowsAreUnknown() {
		ComparisonTable table = new ComparisonBuilder(Period.ofMonths(12), LocalDate.of(2025, 9, 1))
			.build(List.of(this.near, this.far));

		for (String id : List.of("reach-metros-100", "reach-population-100", "reach-worst")) {
			assertThat(row(table, id).cells()).as(id).allMatch(Cell::unknown);
		}
	}

	private static ComparisonBuilder builder(java.util.function.Function<ProviderProfile, ProviderReach> reach) {
		return new ComparisonBuilder(Period.ofMonths(12), LocalDate.of(2025, 9, 1), ComparisonRows.SECTIONS, reach);
	}

	private static Row row(ComparisonTable table, String id) {
		return table.rows().stream().filter((r) -> r.id().equals(id)).findFirst().orElseThrow();
	}

	/** Figures as the atlas would give them: {@code metros} of 100 metros and this population share within 100 ms. */
	private static ProviderReach reach(String slug, int metros, String populationPercent, int unmapped) {
		Region gru = new Region("gru", "São Paulo", "Brazil", Continent.SOUTH_AMERICA, new BigDecimal("-23.55"),
				new BigDecimal("-46.63"), null, null, null, null, null, null, null);
		Region vague = new Region("us", "not stated", "United States", Continent.NORTH_AMERICA, null, null, null,
				null, null, null, null, null, null);
		Metro lima = new Metro("lima-pe", "Lima", "PE", Continent.SOUTH_AMERICA, -12.05, -77.03, 7_737_002L, null);
		MetroLatency worst = new MetroLatency(lima, gru, 3467, 182);
		long population = new BigDecimal(populationPercent).multiply(BigDecimal.TEN).longValueExact();
		List<Share> shares = List.of(new Share(50, metros / 2, 100, population / 2, 1000),
				new Share(100, metros, 100, population, 1000), new Share(150, 100, 100, 1000, 1000));
		return new ProviderReach(slug, slug, List.of(worst), shares, List.of(worst), List.of(gru),
				java.util.Collections.nCopies(unmapped, vague), LatencyModel.DEFAULT);
	}

}
