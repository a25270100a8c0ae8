package io.paasatlas.estimate;

import io.paasatlas.pricing.Confidence;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.paasatlas.estimate.SvgCharts.Bar;
import io.paasatlas.estimate.SvgCharts.BarChart;
import io.paasatlas.estimate.SvgCharts.BarValue;
import io.paasatlas.estimate.SvgCharts.LineChart;
import io.paasatlas.estimate.SvgCharts.Marker;
import io.paasatlas.estimate.SvgCharts.Series;
import io.paasatlas.estimate.SvgCharts.SeriesValues;
import io.paasatlas.estimate.SvgCharts.Style;
import io.paasatlas.estimate.SvgCharts.Tick;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The scaling math and geometry of the estimate page's charts. */
class SvgChartsTests {

	// --- the math ---------------------------------------------------------------------------------------------------

	@ParameterizedTest(name = "niceCeiling({0}) = {1}")
	@CsvSource({ "0.3, 0.5", "0.9, 1", "1, 1", "1.01, 2", "2, 2", "2.2, 2.5", "2.5, 2.5", "3.88, 5", "5, 5", "7, 10",
			"10, 10", "16.81, 20", "23, 25", "26.75, 50", "88.99, 100", "101, 200", "1520.8, 2000", "2400, 2500",
			"999999, 1000000" })
	void niceCeilingIsTheNextRoundNumber(double value, double expected) {
		assertThat(SvgCharts.niceCeiling(value)).isCloseTo(expected, within(1e-9));
	}

	@Test
	void niceCeilingOfNothingIsOne() {
		assertThat(SvgCharts.niceCeiling(0)).isEqualTo(1);
		assertThat(SvgCharts.niceCeiling(-5)).isEqualTo(1);
		assertThat(SvgCharts.niceCeiling(Double.NaN)).isEqualTo(1);
		assertThat(SvgCharts.niceCeiling(Double.POSITIVE_INFINITY)).isEqualTo(1);
	}

	@Test
	void ticksAreRoundStepsFromZeroToTheTop() {
		assertThat(SvgCharts.ticks(1)).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
		assertThat(SvgCharts.ticks(2)).containsExactly(0.0, 0.5, 1.0, 1.5, 2.0);
		assertThat(SvgCharts.ticks(2.5)).containsExactly(0.0, 0.5, 1.0, 1.5, 2.0, 2.5);
		assertThat(SvgCharts.ticks(5)).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0);
		assertThat(SvgCharts.ticks(100)).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
		assertThat(SvgCharts.ticks(2000)).containsExactly(0.0, 500.0, 1000.0, 1500.0, 2000.0);
		assertThat(SvgCharts.ticks(0.5)).containsExactly(0.0, 0.1, 0.2, 0.3, 0.4, 0.5);
	}

	@Test
	void xTicksAreTheEndsAndRoundStepsBetween() {
		assertThat(SvgCharts.xTickValues(1, 20)).containsExactly(1, 5, 10, 15, 20);
		assertThat(SvgCharts.xTickValues(1, 10)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(SvgCharts.xTickValues(1, 2)).containsExactly(1, 2);
	}

	@Test
	void scaleMapsLinearlyAndCanRunUpwards() {
		assertThat(SvgCharts.scale(0, 100, 14, 275)).isEqualTo(14);
		assertThat(SvgCharts.scale(100, 100, 14, 275)).isEqualTo(275);
		assertThat(SvgCharts.scale(25, 100, 14, 275)).isEqualTo(79.25);
		// SVG's y grows downwards: the axis runs from the bottom (290) up to the top (14)
		assertThat(SvgCharts.scale(0, 2000, 290, 14)).isEqualTo(290);
		assertThat(SvgCharts.scale(2000, 2000, 290, 14)).isEqualTo(14);
		assertThat(SvgCharts.scale(500, 2000, 290, 14)).isEqualTo(221);
		assertThat(SvgCharts.scale(1, 1, 20, 60, 544)).isEqualTo(60);
		assertThat(SvgCharts.scale(20, 1, 20, 60, 544)).isEqualTo(544);
		assertThat(SvgCharts.scale(10.5, 1, 20, 60, 544)).isCloseTo(302, within(1e-9));
	}

	@Test
	void axisLabelsAreDollars() {
		assertThat(SvgCharts.usd(0)).isEqualTo("$0");
		assertThat(SvgCharts.usd(2.5)).isEqualTo("$2.50");
		assertThat(SvgCharts.usd(1500)).isEqualTo("$1,500");
	}

	// --- bar chart --------------------------------------------------------------------------------------------------

	@Test
	void barsScaleToTheNiceTopOfTheLargestTotal() {
		BarChart chart = SvgCharts.bars(List.of(bar("Fly.io", "3.88", false, 0), bar("Heroku", "7.00", true, 1),
				bar("Railway", "26.75", false, 2), bar("PythonAnywhere", null, false, 3)));

		// the largest total is 26.75: the axis ends at 50, so 26.75 spans 26.75/50 of the plot's 261 units
		assertThat(chart.ticks()).extracting(Tick::label).containsExactly("$0", "$10", "$20", "$30", "$40", "$50");
		assertThat(chart.ticks().get(0).at()).isEqualTo(SvgCharts.BAR_LEFT);
		assertThat(chart.ticks().get(5).at()).isEqualTo(SvgCharts.BAR_RIGHT);
		List<Bar> bars = chart.bars();
		assertThat(bars.get(0).length()).isEqualTo(20.3); // 3.88 / 50 × 261 = 20.25
		assertThat(bars.get(1).length()).isEqualTo(36.5); // 7 / 50 × 261 = 36.54
		assertThat(bars.get(2).length()).isEqualTo(139.6); // 26.75 / 50 × 261 = 139.64
		assertThat(bars.get(2).labelX()).isEqualTo(159.6); // after the bar: 14 + 139.6 + 6
		assertThat(bars.get(1).confidence()).isEqualTo(Confidence.LOWER_BOUND);
		assertThat(bars.get(1).value()).isEqualTo("$7.00");
		assertThat(bars.get(3).available()).isFalse();
		assertThat(bars.get(3).length()).isZero();
		assertThat(bars.get(3).value()).isNull();
	}

	@Test
	void barsAreStackedInOrderAndTheAxisIsBelowThem() {
		BarChart chart = SvgCharts.bars(List.of(bar("A", "1", false, 0), bar("B", "2", false, 1)));

		// each bar has its name above it: 4 + 18 = 22 for the first bar, one pitch of 50 more for the next
		assertThat(chart.bars()).extracting(Bar::y).containsExactly(22.0, 72.0);
		assertThat(chart.bars()).extracting(Bar::nameY).containsExactly(18.0, 68.0);
		assertThat(chart.bars()).extracting(Bar::textY).containsExactly(37.0, 87.0);
		assertThat(chart.axis()).isEqualTo(98);
		assertThat(chart.axis()).isGreaterThan(chart.bars().get(1).y() + SvgCharts.BAR_HEIGHT);
		assertThat(chart.height()).isEqualTo(124);
		assertThat(chart.viewBox()).isEqualTo("0 0 400 124");
	}

	@Test
	void aLongestBarReachesTheEndOfThePlotWhenItsTotalIsRound() {
		BarChart chart = SvgCharts.bars(List.of(bar("A", "100", false, 0)));

		assertThat(chart.bars().get(0).length()).isEqualTo(SvgCharts.BAR_RIGHT - SvgCharts.BAR_LEFT);
	}

	@Test
	void aFewCentsStillShowAsASliverAndNothingAtAllAsNoBar() {
		BarChart chart = SvgCharts.bars(List.of(bar("Big", "1000", false, 0), bar("Tiny", "0.01", false, 1),
				bar("Free", "0", false, 2)));

		assertThat(chart.bars().get(1).length()).isEqualTo(1);
		assertThat(chart.bars().get(2).length()).isZero();
		assertThat(chart.bars().get(2).available()).isTrue();
	}

	@Test
	void noTotalsAtAllStillGiveAnAxis() {
		BarChart chart = SvgCharts.bars(List.of(bar("A", null, false, 0)));

		assertThat(chart.ticks()).extracting(Tick::label).containsExactly("$0", "$0.20", "$0.40", "$0.60", "$0.80",
				"$1");
	}

	// --- line chart -------------------------------------------------------------------------------------------------

	@Test
	void linesRunFromTheFirstToTheLastXAndScaleToTheNiceTop() {
		List<BigDecimal> fly = new ArrayList<>();
		List<BigDecimal> railway = new ArrayList<>();
		for (int n = 1; n <= 20; n++) {
			fly.add(new BigDecimal("3.24").multiply(BigDecimal.valueOf(n)));
			railway.add(new BigDecimal("25.35").multiply(BigDecimal.valueOf(n)));
		}
		LineChart chart = SvgCharts.lines(List.of(series("Fly.io", fly, 0), series("Railway", railway, 3)), 1, 1);

		// the largest total is 20 × 25.35 = 507: the axis ends at 1,000 (507 → 1,000 is the next 1-2-2.5-5 step)
		assertThat(chart.yTicks()).extracting(Tick::label)
			.containsExactly("$0", "$200", "$400", "$600", "$800", "$1,000");
		assertThat(chart.yTicks().get(0).at()).isEqualTo(SvgCharts.LINE_BOTTOM);
		assertThat(chart.yTicks().get(5).at()).isEqualTo(SvgCharts.LINE_TOP);
		assertThat(chart.xTicks()).extracting(Tick::label).containsExactly("1", "5", "10", "15", "20");
		assertThat(chart.xTicks().get(0).at()).isEqualTo(SvgCharts.LINE_LEFT);
		assertThat(chart.xTicks().get(4).at()).isEqualTo(SvgCharts.LINE_RIGHT);

		Series railwayLine = chart.series().get(1);
		assertThat(railwayLine.points()).hasSize(20);
		assertThat(railwayLine.points().get(0).x()).isEqualTo(SvgCharts.LINE_LEFT);
		assertThat(railwayLine.points().get(19).x()).isEqualTo(SvgCharts.LINE_RIGHT);
		// 507 of 1,000 on an axis 276 units high, measured up from 290
		assertThat(railwayLine.points().get(19).y()).isEqualTo(150.1);
		assertThat(railwayLine.segments()).hasSize(1);
		assertThat(railwayLine.segments().get(0)).startsWith("60,283 ").endsWith(" 544,150.1");
		assertThat(chart.mark()).isEqualTo(new Tick(SvgCharts.LINE_LEFT, "1"));
	}

	@Test
	void aMissingTotalBreaksTheLine() {
		List<BigDecimal> totals = Arrays.asList(new BigDecimal("5"), new BigDecimal("6"), null, null,
				new BigDecimal("9"), new BigDecimal("10"), null, new BigDecimal("12"));
		LineChart chart = SvgCharts.lines(List.of(series("Broken", totals, 0)), 1, null);

		Series line = chart.series().get(0);
		assertThat(line.segments()).hasSize(3);
		assertThat(line.segments().get(0).split(" ")).hasSize(2);
		assertThat(line.segments().get(1).split(" ")).hasSize(2);
		assertThat(line.segments().get(2).split(" ")).hasSize(1);
		assertThat(line.points()).extracting(SvgCharts.Point::instances).containsExactly(1, 2, 5, 6, 8);
		assertThat(chart.mark()).isNull();
	}

	@Test
	void aProviderThatCannotRunAnySizeHasNoLine() {
		LineChart chart = SvgCharts.lines(List.of(series("Never", Arrays.asList(null, null, null), 0)), 1, 2);

		assertThat(chart.series().get(0).segments()).isEmpty();
		assertThat(chart.series().get(0).points()).isEmpty();
		assertThat(chart.yTicks()).isNotEmpty();
	}

	@Test
	void confidencesAreKeptPerPoint() {
		SeriesValues values = new SeriesValues("Heroku", Style.of(1),
				List.of(new BigDecimal("7"), new BigDecimal("14")), List.of(Confidence.LOWER_BOUND, Confidence.EXACT));
		LineChart chart = SvgCharts.lines(List.of(values), 1, 30);

		assertThat(chart.series().get(0).points()).extracting(SvgCharts.Point::confidence)
			.containsExactly(Confidence.LOWER_BOUND, Confidence.EXACT);
		assertThat(chart.series().get(0).points()).extracting(SvgCharts.Point::hollow).containsExactly(true, false);
		assertThat(chart.series().get(0).points().get(0).value()).isEqualTo("$7.00");
		assertThat(chart.mark()).as("a workload beyond the chart has no guide").isNull();
	}

	// --- styles -----------------------------------------------------------------------------------------------------

	@Test
	void everyColourIsTheStylesheetsInLightAndDarkMode() throws IOException {
		String css = Files.readString(Path.of("src/main/resources/static/css/atlas.css"));
		for (int i = 0; i < SvgCharts.COLOURS; i++) {
			assertThat(Style.of(i).colour()).isEqualTo("colour-" + i);
			assertThat(css).contains("." + Style.of(i).colour() + " { --c: var(--m" + i + "); }");
			assertThat(css.split("--m" + i + ": #", -1)).as("--m%d light and dark", i).hasSize(3);
		}
		assertThat(Style.of(SvgCharts.COLOURS).colour()).as("colours repeat").isEqualTo("colour-0");
	}

	@Test
	void theFirstFiveProvidersDifferInColourMarkerAndDash() {
		Set<String> colours = new HashSet<>();
		Set<Marker> markers = new HashSet<>();
		Set<String> dashes = new HashSet<>();
		for (int i = 0; i < 5; i++) {
			Style style = Style.of(i);
			colours.add(style.colour());
			markers.add(style.marker());
			dashes.add(style.dash());
		}
		assertThat(colours).hasSize(5);
		assertThat(markers).hasSize(5);
		assertThat(dashes).hasSize(5);
		assertThat(Style.of(0).dash()).as("the first line is solid").isEmpty();
	}

	@Test
	void markersAreDrawnAroundTheirPoint() {
		assertThat(Marker.SQUARE.path(100, 50, 5)).isEqualTo("M95.5,45.5 h9 v9 h-9 Z");
		assertThat(Marker.CIRCLE.path(100, 50, 5)).isEqualTo("M95,50 a5,5 0 1,0 10,0 a5,5 0 1,0 -10,0 Z");
		assertThat(Marker.TRIANGLE.path(100, 50, 5)).isEqualTo("M100,44 L105.5,54 L94.5,54 Z");
		assertThat(Marker.DIAMOND.path(100, 50, 5)).isEqualTo("M100,43.5 L105,50 L100,56.5 L95,50 Z");
		assertThat(Marker.CROSS.path(100, 50, 5)).isEqualTo("M95,45 L105,55 M105,45 L95,55");
		assertThat(Marker.CROSS.open()).isTrue();
		assertThat(Marker.CIRCLE.open()).isFalse();
	}

	private static BarValue bar(String name, String total, boolean lowerBound, int index) {
		return new BarValue(name, Style.of(index), (total != null) ? new BigDecimal(total) : null,
				lowerBound ? Confidence.LOWER_BOUND : Confidence.EXACT);
	}

	private static SeriesValues series(String name, List<BigDecimal> totals, int index) {
		List<Confidence> confidences = totals.stream().map((t) -> Confidence.EXACT).toList();
		return new SeriesValues(name, Style.of(index), totals, confidences);
	}

}
