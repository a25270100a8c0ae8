package io.paasatlas.geography;

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
		assertThat(this.world.path(land)).isEqualTo("M500 233l100 0 0-100z");
	}

	@Test
	void dropsPointsThatRoundOntoThePreviousOne() {
		LandOutline land = new LandOutline(
				List.<double[][]>of(new double[][] { { 0, 0 }, { 0.001, 0 }, { 36, 0 }, { 36, 36 } }), "test");

		assertThat(this.world.path(land)).isEqualTo("M500 233l100 0 0-100z");
	}

	@Test
	void ringsAcrossTheAntimeridianDrawNoBandAcrossTheMap() {
		// a ring from 170° E across 180° to 170° W, as Fiji and Chukotka are in the source
		LandOutline land = new LandOutline(
				List.<double[][]>of(new double[][] { { 170, 60 }, { -170, 60 }, { -170, 65 }, { 170, 65 } }), "test");

		String path = this.world.path(land);

		// drawn twice, each copy 20° wide and cut by the map's edge
		assertThat(path.split("z")).hasSize(2);
		for (String subpath : path.split("z")) {
			List<Double> xs = xs(subpath);
			assertThat(xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
					- xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
				.as(subpath).isCloseTo(55.6, within(1.0));
		}
		assertThat(MapProjection.unwrap(new double[][] { { 170, 0 }, { -170, 0 }, { -175, 1 } }))
			.containsExactly(170, 190, 185);
	}

	@Test
	void simplifiesAnOutlineWithinTheTolerance() {
		// a straight coast with a bump of a tenth of a unit, then a cape three units out
		double[][] line = { { 0, 0 }, { 10, 0.1 }, { 20, 0 }, { 25, 3 }, { 30, 0 } };

		assertThat(MapProjection.simplify(line, MapProjection.TOLERANCE)).containsExactly(true, false, true, true, true);
		assertThat(MapProjection.simplify(line, 5)).containsExactly(true, false, false, false, true);
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

	/** The x of each point of a subpath {@code M x y l dx dy …}. */
	private static List<Double> xs(String subpath) {
		Matcher m = Pattern.compile("-?[0-9]+").matcher(subpath);
		List<Double> numbers = new java.util.ArrayList<>();
		while (m.find()) {
			numbers.add(Double.parseDouble(m.group()));
		}
		List<Double> xs = new java.util.ArrayList<>(List.of(numbers.get(0)));
		for (int i = 2; i < numbers.size(); i += 2) {
			xs.add(xs.get(xs.size() - 1) + numbers.get(i));
		}
		return xs;
	}

}
