package io.paasatlas.geography;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;

import io.paasatlas.catalog.Continent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped data files: valid, complete, small, and with their source stated. */
class RegionDataTests {

	@Test
	void metrosAreAHundredCitiesOnEveryContinentWithTheirSource() {
		Metros metros = RegionFixtures.metros();

		assertThat(metros.size()).isEqualTo(100);
		assertThat(metros.byContinent().keySet()).containsExactly(Continent.values());
		Set<String> ids = new HashSet<>();
		for (Metro metro : metros.metros()) {
			assertThat(ids.add(metro.id())).as("unique id %s", metro.id()).isTrue();
			assertThat(metro.id()).as("the id ends with the country").endsWith("-" + metro.country().toLowerCase());
			assertThat(metro.geonamesId()).as("%s is traceable to GeoNames", metro.id()).isNotNull();
			assertThat(metro.countryName()).as("%s has a country name", metro.id()).isNotEqualTo(metro.country());
		}
		assertThat(metros.metros()).as("most populous first").isSortedAccordingTo(
				java.util.Comparator.comparing(Metro::population).reversed());
		assertThat(metros.source().url()).isEqualTo("https://www.geonames.org/");
		assertThat(metros.source().licence()).contains("CC BY 4.0");
		assertThat(metros.source().note()).contains("not metro-area totals");
	}

	@Test
	void landOutlineIsNaturalEarthAndSmall() throws IOException {
		LandOutline land = RegionFixtures.land();

		assertThat(Files.size(RegionDataFiles.LAND)).isLessThan(300_000);
		assertThat(land.source()).contains("Natural Earth");
		assertThat(land.rings()).hasSizeGreaterThan(100);
		assertThat(land.points()).isGreaterThan(4000);
		assertThat(Files.exists(RegionDataFiles.LAND.resolveSibling("README.md"))).isTrue();
	}

	@Test
	void theDrawnLandHasNoBandAcrossTheWholeMap() {
		String path = MapProjection.WORLD.path(RegionFixtures.land());

		for (String ring : path.split("Z")) {
			String[] points = ring.substring(1).split("L");
			for (int i = 1; i < points.length; i++) {
				double x0 = Double.parseDouble(points[i - 1].split(",")[0]);
				double x1 = Double.parseDouble(points[i].split(",")[0]);
				assertThat(Math.abs(x1 - x0)).as("a segment of %s…", ring.substring(0, Math.min(40, ring.length())))
					.isLessThan(500);
			}
		}
	}

}
