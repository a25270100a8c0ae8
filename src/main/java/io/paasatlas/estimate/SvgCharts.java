package io.paasatlas.estimate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.paasatlas.pricing.Confidence;
import io.paasatlas.pricing.Money;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of the estimate page's two charts, drawn as inline SVG by the template: the monthly total per
 * provider as horizontal bars, and the total as the number of instances grows, one line per provider. Only numbers
 * and positions are computed here; every word on a chart comes from the messages, in the template.
 * <p>
 * Scales start at zero and end at a "nice" round number ({@link #niceCeiling(double)}), with ticks at round steps.
 * Each provider keeps its {@link Style} (colour, marker and dash) in both charts, so that lines are told apart
 * without colour too.
 */
final class SvgCharts {

	/** One format a thread (a DecimalFormat is not thread-safe): building one per coordinate cost more than drawing. */
	private static final ThreadLocal<DecimalFormat> COORDINATE = ThreadLocal
		.withInitial(() -> new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)));

	/** As {@link #COORDINATE}, to a hundredth: a marker's corners. */
	private static final ThreadLocal<DecimalFormat> MARKER_COORDINATE = ThreadLocal
		.withInitial(() -> new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));

	// --- bar chart geometry (SVG user units; the SVG scales to its container) ------------------------------------

	/** Narrow, so that the chart stays legible when a phone scales it down. */
	static final int BAR_WIDTH = 400;

	/** Where the bars start; each provider's name is written above its bar. */
	static final int BAR_LEFT = 14;

	/** Right end of the longest bar: the space after it holds the value label ("at least $1,234.56"). */
	static final int BAR_RIGHT = 275;

	static final int BAR_TOP = 4;

	/** The line above each bar that holds the provider's name. */
	static final int BAR_NAME = 18;

	static final int BAR_HEIGHT = 20;

	static final int BAR_GAP = 12;

	/** From one bar's name to the next's. */
	static final int BAR_PITCH = BAR_NAME + BAR_HEIGHT + BAR_GAP;

	// --- line chart geometry -------------------------------------------------------------------------------------

	static final int LINE_WIDTH = 560;

	static final int LINE_HEIGHT = 340;

	static final int LINE_LEFT = 60;

	static final int LINE_RIGHT = 544;

	static final int LINE_TOP = 14;

	static final int LINE_BOTTOM = 290;

	static final double MARKER_RADIUS = 4.5;

	/**
	 * How many colours the palette has. The colours themselves are the stylesheet's {@code --m0} to {@code --m7}
	 * (the regions map uses the same), given to an element by its class {@code colour-N}: one palette, with its
	 * dark-mode variants, in one place.
	 */
	static final int COLOURS = 8;

	/** Dash patterns: solid first. */
	static final List<String> DASHES = List.of("", "8 4", "2 3", "10 3 2 3", "5 5");

	private SvgCharts() {
	}

	// --- the charts ----------------------------------------------------------------------------------------------

	/**
	 * Horizontal bars, one per value in the order given; a value without a total (the provider cannot run the
	 * workload) gets no bar.
	 */
	static BarChart bars(List<BarValue> values) {
		double max = values.stream().map(BarValue::total).filter(Objects::nonNull)
			.mapToDouble(BigDecimal::doubleValue).max().orElse(0);
		double top = niceCeiling(max);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			BarValue value = values.get(i);
			double row = BAR_TOP + i * BAR_PITCH;
			double y = row + BAR_NAME;
			double length = (value.total() != null) ? round(scale(value.total().doubleValue(), top, 0, BAR_RIGHT - BAR_LEFT)) : 0;
			// a cost of a few cents still shows as a sliver
			if (value.total() != null && value.total().signum() > 0 && length < 1) {
				length = 1;
			}
			bars.add(new Bar(value.name(), value.style(), row + 14, y, BAR_HEIGHT, length, round(BAR_LEFT + length + 6),
					y + BAR_HEIGHT / 2.0 + 5, value.total(), (value.total() != null) ? Money.usd(value.total()) : null,
					value.confidence()));
		}
		double axis = BAR_TOP + values.size() * BAR_PITCH - BAR_GAP / 2.0;
		List<Tick> ticks = ticks(top).stream()
			.map((t) -> new Tick(round(scale(t, top, BAR_LEFT, BAR_RIGHT)), usd(t)))
			.toList();
		return new BarChart(BAR_WIDTH, (int) Math.ceil(axis + 26), BAR_LEFT, BAR_RIGHT, axis, ticks, bars);
	}

	/**
	 * One line per series over x = {@code first}, {@code first + 1}, …; a missing total (the provider cannot run
	 * that many) breaks the line. {@code mark}, when given, is the x of a vertical guide (the workload as asked).
	 */
	static LineChart lines(List<SeriesValues> values, int first, @Nullable Integer mark) {
		int count = values.stream().mapToInt((s) -> s.totals().size()).max().orElse(1);
		int last = first + Math.max(count, 2) - 1;
		double max = values.stream().flatMap((s) -> s.totals().stream()).filter(Objects::nonNull)
			.mapToDouble(BigDecimal::doubleValue).max().orElse(0);
		double top = niceCeiling(max);
		List<Series> series = new ArrayList<>();
		for (SeriesValues value : values) {
			List<String> segments = new ArrayList<>();
			List<Point> points = new ArrayList<>();
			StringBuilder segment = new StringBuilder();
			for (int i = 0; i < value.totals().size(); i++) {
				BigDecimal total = value.totals().get(i);
				if (total == null) {
					flush(segment, segments);
					continue;
				}
				int n = first + i;
				double x = round(scale(n, first, last, LINE_LEFT, LINE_RIGHT));
				double y = round(scale(total.doubleValue(), top, LINE_BOTTOM, LINE_TOP));
				segment.append(segment.isEmpty() ? "" : " ").append(coordinate(x)).append(',').append(coordinate(y));
				points.add(new Point(n, x, y, value.style().marker().path(x, y, MARKER_RADIUS), total,
						Money.usd(total), value.confidences().get(i)));
			}
			flush(segment, segments);
			series.add(new Series(value.name(), value.style(), segments, points));
		}
		List<Tick> yTicks = ticks(top).stream()
			.map((t) -> new Tick(round(scale(t, top, LINE_BOTTOM, LINE_TOP)), usd(t)))
			.toList();
		List<Tick> xTicks = xTickValues(first, last).stream()
			.map((n) -> new Tick(round(scale(n, first, last, LINE_LEFT, LINE_RIGHT)), Integer.toString(n)))
			.toList();
		Tick guide = (mark != null && mark >= first && mark <= last)
				? new Tick(round(scale(mark, first, last, LINE_LEFT, LINE_RIGHT)), Integer.toString(mark)) : null;
		return new LineChart(LINE_WIDTH, LINE_HEIGHT, LINE_LEFT, LINE_TOP, LINE_RIGHT, LINE_BOTTOM, xTicks, yTicks,
				series, guide);
	}

	private static void flush(StringBuilder segment, List<String> segments) {
		if (!segment.isEmpty()) {
			segments.add(segment.toString());
			segment.setLength(0);
		}
	}

	// --- the math ------------------------------------------------------------------------------------------------

	/**
	 * The smallest number of the form 1, 2, 2.5 or 5 × 10ⁿ that is at least {@code value}: the top of an axis.
	 * Zero, negative or non-finite values give 1, so that an axis always has a length.
	 */
	static double niceCeiling(double value) {
		if (!(value > 0) || Double.isInfinite(value)) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
		double fraction = value / magnitude;
		double nice;
		if (fraction <= 1 + 1e-9) {
			nice = 1;
		}
		else if (fraction <= 2 + 1e-9) {
			nice = 2;
		}
		else if (fraction <= 2.5 + 1e-9) {
			nice = 2.5;
		}
		else if (fraction <= 5 + 1e-9) {
			nice = 5;
		}
		else {
			nice = 10;
		}
		return clean(nice * magnitude);
	}

	/** The tick values from 0 to a {@link #niceCeiling nice} top, at round steps: 4 or 5 intervals. */
	static List<Double> ticks(double top) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(top)));
		double fraction = Math.round(top / magnitude * 10) / 10.0;
		int intervals = (fraction == 2) ? 4 : 5;
		List<Double> ticks = new ArrayList<>();
		for (int i = 0; i <= intervals; i++) {
			ticks.add(clean(top * i / intervals));
		}
		return ticks;
	}

	/** The x ticks: the first and last values and round steps between (1, 5, 10, 15, 20). */
	static List<Integer> xTickValues(int first, int last) {
		int span = last - first;
		int step = (span <= 10) ? 1 : (span <= 25) ? 5 : (span <= 50) ? 10 : 25;
		List<Integer> ticks = new ArrayList<>();
		ticks.add(first);
		for (int n = (first / step + 1) * step; n < last; n += step) {
			if (n - first >= step / 2.0) {
				ticks.add(n);
			}
		}
		ticks.add(last);
		return ticks;
	}

	/** Maps a value from [0, max] linearly onto [from, to] (to may be below from: SVG's y grows downwards). */
	static double scale(double value, double max, double from, double to) {
		return from + (value / max) * (to - from);
	}

	/** Maps a value from [min, max] linearly onto [from, to]. */
	static double scale(double value, double min, double max, double from, double to) {
		return from + ((value - min) / (max - min)) * (to - from);
	}

	/** Coordinates to a tenth of a unit: enough for a screen, short in the page. */
	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static double clean(double value) {
		return Math.round(value * 1e6) / 1e6;
	}

	private static String coordinate(double value) {
		return COORDINATE.get().format(value);
	}

	/** An axis label in dollars: {@code $0}, {@code $2.50}, {@code $1,500}. */
	static String usd(double value) {
		return Money.usdWholeOrCents(BigDecimal.valueOf(value));
	}

	// --- styles --------------------------------------------------------------------------------------------------

	/** A marker shape; its outline is computed around the point it marks. */
	enum Marker {

		CIRCLE, SQUARE, TRIANGLE, DIAMOND, CROSS;

		String path(double x, double y, double r) {
			return switch (this) {
				case CIRCLE -> "M" + c(x - r) + "," + c(y) + " a" + c(r) + "," + c(r) + " 0 1,0 " + c(2 * r) + ",0 a"
						+ c(r) + "," + c(r) + " 0 1,0 " + c(-2 * r) + ",0 Z";
				case SQUARE -> "M" + c(x - r * 0.9) + "," + c(y - r * 0.9) + " h" + c(1.8 * r) + " v" + c(1.8 * r)
						+ " h" + c(-1.8 * r) + " Z";
				case TRIANGLE -> "M" + c(x) + "," + c(y - r * 1.2) + " L" + c(x + r * 1.1) + "," + c(y + r * 0.8)
						+ " L" + c(x - r * 1.1) + "," + c(y + r * 0.8) + " Z";
				case DIAMOND -> "M" + c(x) + "," + c(y - r * 1.3) + " L" + c(x + r) + "," + c(y) + " L" + c(x) + ","
						+ c(y + r * 1.3) + " L" + c(x - r) + "," + c(y) + " Z";
				case CROSS -> "M" + c(x - r) + "," + c(y - r) + " L" + c(x + r) + "," + c(y + r) + " M" + c(x + r)
						+ "," + c(y - r) + " L" + c(x - r) + "," + c(y + r);
			};
		}

		/** Whether the shape is only lines: it cannot be filled. */
		public boolean open() {
			return this == CROSS;
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		private static String c(double value) {
			return MARKER_COORDINATE.get().format(value);
		}

	}

	/**
	 * How one provider is drawn: colour, marker and dash differ together, so no two of the first five providers
	 * share any of them.
	 */
	record Style(int index, String colour, Marker marker, String dash) {

		static Style of(int index) {
			int i = Math.max(index, 0);
			return new Style(i, "colour-" + (i % COLOURS), Marker.values()[i % Marker.values().length],
					DASHES.get(i % DASHES.size()));
		}

		/** The marker of the legend's sample, at the middle of a 36 × 14 swatch. */
		public String sampleMarker() {
			return this.marker.path(18, 7, MARKER_RADIUS);
		}

	}

	/** A tick on an axis: its position along the axis and its label. */
	record Tick(double at, String label) {
	}

	// --- bar chart -----------------------------------------------------------------------------------------------

	/** One bar's data: a total, {@code null} when the provider cannot run the workload. */
	record BarValue(String name, Style style, @Nullable BigDecimal total, Confidence confidence) {
	}

	/**
	 * The bar chart.
	 *
	 * @param axis the y of the value axis, below the bars
	 */
	record BarChart(int width, int height, double left, double right, double axis, List<Tick> ticks,
			List<Bar> bars) {

		public String viewBox() {
			return "0 0 " + this.width + " " + this.height;
		}

	}

	/**
	 * One bar.
	 *
	 * @param nameY the baseline of the provider's name, above the bar
	 * @param y the top of the bar
	 * @param length the bar's length from the chart's left
	 * @param labelX where the value label starts
	 * @param textY the baseline of the value label, beside the bar
	 * @param value the total to the cent ({@code $3.88}), {@code null} without a total
	 */
	record Bar(String name, Style style, double nameY, double y, double height, double length, double labelX, double textY,
			@Nullable BigDecimal total, @Nullable String value, Confidence confidence) {

		public boolean available() {
			return this.total != null;
		}

	}

	// --- line chart ----------------------------------------------------------------------------------------------

	/**
	 * One line's data: the total at each x from the first, {@code null} where the provider cannot run the workload.
	 */
	record SeriesValues(String name, Style style, List<@Nullable BigDecimal> totals, List<Confidence> confidences) {

		SeriesValues {
			if (totals.size() != confidences.size()) {
				throw new IllegalArgumentException("one confidence per total");
			}
			totals = java.util.Collections.unmodifiableList(new ArrayList<>(totals));
			confidences = List.copyOf(confidences);
		}

	}

	/**
	 * The line chart: the plot area is from (left, top) to (right, bottom).
	 *
	 * @param mark a vertical guide at the workload's own number of instances, {@code null} when off the chart
	 */
	record LineChart(int width, int height, double left, double top, double right, double bottom, List<Tick> xTicks,
			List<Tick> yTicks, List<Series> series, @Nullable Tick mark) {

		public String viewBox() {
			return "0 0 " + this.width + " " + this.height;
		}

	}

	/**
	 * One provider's line.
	 *
	 * @param segments the {@code points} of each unbroken run of the line
	 * @param points each marker
	 */
	record Series(String name, Style style, List<String> segments, List<Point> points) {
	}

	/** One marker: the total at x = {@code instances}, and that total to the cent ({@code value}). */
	record Point(int instances, double x, double y, String marker, BigDecimal total, String value,
			Confidence confidence) {

		/** Whether the total is a bound or an approximation, drawn hollow: only exact totals are filled. */
		public boolean hollow() {
			return this.confidence != Confidence.EXACT;
		}
	}

}
