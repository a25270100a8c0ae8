package io.paasatlas.geography;

import java.util.ArrayDeque;
import java.util.Locale;

/**
 * The equirectangular projection of the map: longitude and latitude map linearly to x and y, one degree the same
 * length both ways. The map shows the whole width of the world and the latitudes between {@link #north()} and
 * {@link #south()}, which hold every inhabited land (Antarctica is left out).
 *
 * @param width the width of the map in SVG user units; the height follows from the latitudes
 */
public record MapProjection(double width, double north, double south) {

	public static final MapProjection WORLD = new MapProjection(1000, 84, -58);

	/** How far, in map units, a simplified land outline may stray from the source's. */
	static final double TOLERANCE = 0.5;

	public MapProjection {
		if (!(width > 0) || !(north > south) || north > 90 || south < -90) {
			throw new IllegalArgumentException("not a map: width " + width + ", latitudes " + north + " to " + south);
		}
	}

	/** SVG units per degree. */
	public double scale() {
		return this.width / 360;
	}

	public double height() {
		return (this.north - this.south) * scale();
	}

	public double x(double longitude) {
		return (longitude + 180) * scale();
	}

	public double y(double latitude) {
		return (this.north - latitude) * scale();
	}

	/** Whether a latitude is on the map. */
	public boolean shows(double latitude) {
		return latitude <= this.north && latitude >= this.south;
	}

	/** The {@code viewBox} attribute: {@code 0 0 1000 394.4}. */
	public String viewBox() {
		return "0 0 " + format(this.width) + " " + format(height());
	}

	/**
	 * The land as one SVG path ({@code M x y l dx dy … z} per ring), to fill with {@code fill-rule="evenodd"} so
	 * that holes stay open. A ring that lies wholly beyond the map's latitudes is left out. Points are rounded to
	 * whole units (a thousandth of the map's width, about a pixel as drawn) and written as steps from the one before:
	 * a third of the bytes of one-decimal absolute coordinates, for the same picture. Each ring is first simplified
	 * (Douglas-Peucker, {@value #TOLERANCE} units: no point moves by more than half a pixel as drawn); a point that
	 * rounds onto the one before it is dropped, and so is a ring left with fewer than three points.
	 * <p>
	 * Rings that cross the antimeridian (Chukotka, Fiji: the source leaves them whole, for spherical rendering) are
	 * unwrapped so that their longitudes run on past ±180°, and drawn a second time one world-width over; the SVG
	 * viewport cuts each copy at the map's edge, so neither draws a band across the whole map.
	 */
	public String path(LandOutline land) {
		StringBuilder path = new StringBuilder(land.points() * 10);
		for (double[][] ring : land.rings()) {
			boolean visible = false;
			for (double[] point : ring) {
				visible |= shows(point[1]);
			}
			if (!visible) {
				continue;
			}
			double[] longitudes = unwrap(ring);
			double min = Double.MAX_VALUE;
			double max = -Double.MAX_VALUE;
			for (double lon : longitudes) {
				min = Math.min(min, lon);
				max = Math.max(max, lon);
			}
			ring(path, ring, longitudes, 0);
			if (max > 180) {
				ring(path, ring, longitudes, -360);
			}
			if (min < -180) {
				ring(path, ring, longitudes, 360);
			}
		}
		return path.toString();
	}

	/** The ring's longitudes made continuous: a step of more than 180° is taken the other way round the world. */
	static double[] unwrap(double[][] ring) {
		double[] longitudes = new double[ring.length];
		for (int i = 0; i < ring.length; i++) {
			double lon = ring[i][0];
			if (i > 0) {
				double previous = longitudes[i - 1];
				while (lon - previous > 180) {
					lon -= 360;
				}
				while (previous - lon > 180) {
					lon += 360;
				}
			}
			longitudes[i] = lon;
		}
		return longitudes;
	}

	private void ring(StringBuilder path, double[][] ring, double[] longitudes, double shift) {
		double[][] points = new double[ring.length + 1][];
		for (int i = 0; i < ring.length; i++) {
			points[i] = new double[] { x(longitudes[i] + shift), y(ring[i][1]) };
		}
		points[ring.length] = points[0];
		boolean[] kept = simplify(points, TOLERANCE);
		StringBuilder subpath = new StringBuilder();
		long lastX = 0;
		long lastY = 0;
		int drawn = 0;
		for (int i = 0; i < ring.length; i++) {
			if (!kept[i]) {
				continue;
			}
			long x = Math.round(points[i][0]);
			long y = Math.round(points[i][1]);
			if (drawn > 0 && x == lastX && y == lastY) {
				continue;
			}
			if (drawn == 0) {
				subpath.append('M').append(x).append(' ').append(y).append('l');
			}
			else {
				number(subpath, x - lastX, drawn == 1);
				number(subpath, y - lastY, false);
			}
			lastX = x;
			lastY = y;
			drawn++;
		}
		if (drawn >= 3) {
			path.append(subpath).append('z');
		}
	}

	/**
	 * Douglas-Peucker: which points of a polyline to keep so that none of those dropped lies farther than the
	 * tolerance from the simplified line. The first and last points are always kept.
	 */
	static boolean[] simplify(double[][] points, double tolerance) {
		boolean[] kept = new boolean[points.length];
		kept[0] = true;
		kept[points.length - 1] = true;
		ArrayDeque<int[]> spans = new ArrayDeque<>();
		spans.push(new int[] { 0, points.length - 1 });
		while (!spans.isEmpty()) {
			int[] span = spans.pop();
			double farthest = -1;
			int index = -1;
			for (int i = span[0] + 1; i < span[1]; i++) {
				double distance = distance(points[i], points[span[0]], points[span[1]]);
				if (distance > farthest) {
					farthest = distance;
					index = i;
				}
			}
			if (index > 0 && farthest > tolerance) {
				kept[index] = true;
				spans.push(new int[] { span[0], index });
				spans.push(new int[] { index, span[1] });
			}
		}
		return kept;
	}

	/** The distance from a point to the segment from a to b. */
	private static double distance(double[] p, double[] a, double[] b) {
		double dx = b[0] - a[0];
		double dy = b[1] - a[1];
		double length = dx * dx + dy * dy;
		double t = (length == 0) ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
		return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
	}

	/** A number of the path: a space before it unless it starts the command or its minus sign separates it. */
	private static void number(StringBuilder path, long value, boolean first) {
		if (!first && value >= 0) {
			path.append(' ');
		}
		path.append(value);
	}

	/** Meridians and parallels every {@code step} degrees, as one SVG path. */
	public String graticule(int step) {
		StringBuilder path = new StringBuilder();
		for (int lon = -180 + step; lon < 180; lon += step) {
			path.append('M').append(format(x(lon))).append(',').append(format(y(this.north)))
				.append('V').append(format(y(this.south)));
		}
		for (int lat = 0; lat <= this.north; lat += step) {
			horizontal(path, lat);
		}
		for (int lat = -step; lat >= this.south; lat -= step) {
			horizontal(path, lat);
		}
		return path.toString();
	}

	private void horizontal(StringBuilder path, double latitude) {
		path.append('M').append(format(x(-180))).append(',').append(format(y(latitude)))
			.append('H').append(format(x(180)));
	}

	/** One decimal at most, no trailing zero: {@code 12}, {@code 12.5}. */
	static String format(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		if (rounded == Math.rint(rounded)) {
			return Long.toString((long) rounded);
		}
		return String.format(Locale.ROOT, "%.1f", rounded);
	}

}
