package io.paasatlas.region;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The equirectangular projection and the land path it draws. */
class MapProjectionTests {

	private final MapProjection world = MapProjection.WORLD;

	@Test
	void mapsDegreesLinearlyWithTheSameScaleBothWays() {
		// 1000 units for 360°: 2.78 units per degree; the map runs from 84° N to 58° S
		assertThat(this.world.x(-180)).isZero();
		assertThat(this.world.x(0)).isEqualTo(500);
		assertThat(this.world.x(180)).isEqualTo(1000);
		assertThat(this.world.y(84)).isZero();
		assertThat(this.world.y(0)).isCloseTo(233.33, within(0.01));
		assertThat(this.world.height()).isCloseTo(394.44, within(0.01));
		assertThat(this.world.viewBox()).isEqualTo("0 0 1000 394.4");
		// London, 51.51° N 0.13° W
		assertThat(this.world.x(-0.13)).isCloseTo(499.64, within(0.01));
		assertThat(this.world.y(51.51)).isCloseTo(90.25, within(0.01));
	}

	@Test
	void drawsEachVisibleRingAsAClosedSubpath() {
		LandOutline land = new LandOutline(List.<double[][]>of(new double[][] { { 0, 0 }, { 36, 0 }, { 36, 36 } },
				new double[][] { { 0, -70 }, { 10, -80 }, { 20, -70 } }), "test");

		// the second ring lies wholly south of 58° S: left out
		assertThat(this.world.path(land)).isEqualTo("M500,233.3L600,233.3L600,133.3Z");
	}

	@Test
	void dropsPointsThatRoundOntoThePreviousOne() {
		LandOutline land = new LandOutline(
				List.<double[][]>of(new double[][] { { 0, 0 }, { 0.001, 0 }, { 36, 0 }, { 36, 36 } }), "test");

		assertThat(this.world.path(land)).isEqualTo("M500,233.3L600,233.3L600,133.3Z");
	}

	@Test
	void ringsAcrossTheAntimeridianDrawNoBandAcrossTheMap() {
		// a ring from 170° E across 180° to 170° W, as Fiji and Chukotka are in the source
		LandOutline land = new LandOutline(
				List.<double[][]>of(new double[][] { { 170, 60 }, { -170, 60 }, { -170, 65 }, { 170, 65 } }), "test");

		String path = this.world.path(land);

		// drawn twice, each copy 20° wide and cut by the map's edge
		assertThat(path.split("Z")).hasSize(2);
		for (String subpath : path.split("Z")) {
			List<Double> xs = xs(subpath);
			assertThat(xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
					- xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
				.as(subpath).isCloseTo(55.6, within(0.1));
		}
		assertThat(MapProjection.unwrap(new double[][] { { 170, 0 }, { -170, 0 }, { -175, 1 } }))
			.containsExactly(170, 190, 185);
	}

	@Test
	void theGraticuleHasMeridiansAndParallelsEveryThirtyDegrees() {
		String graticule = this.world.graticule(30);

		// 11 meridians (−150 … 150) and the parallels 0, 30, 60, −30
		assertThat(graticule.split("V")).hasSize(12);
		assertThat(graticule.split("H")).hasSize(5);
	}

	@Test
	void formatsWithOneDecimalAtMost() {
		assertThat(MapProjection.format(12)).isEqualTo("12");
		assertThat(MapProjection.format(12.345)).isEqualTo("12.3");
		assertThat(MapProjection.format(-0.04)).isEqualTo("0");
		assertThat(MapProjection.format(99.96)).isEqualTo("100");
	}

	private static List<Double> xs(String subpath) {
		Matcher m = Pattern.compile("[ML](-?[0-9.]+),").matcher(subpath);
		List<Double> xs = new java.util.ArrayList<>();
		while (m.find()) {
			xs.add(Double.parseDouble(m.group(1)));
		}
		return xs;
	}

}
