package io.paasatlas.region;

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
	 * The land as one SVG path ({@code M x,y L … Z} per ring), to fill with {@code fill-rule="evenodd"} so that
	 * holes stay open. A ring that lies wholly beyond the map's latitudes is left out; coordinates have one decimal,
	 * and a point that rounds onto the one before it is dropped.
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
		String last = "";
		int drawn = 0;
		for (int i = 0; i < ring.length; i++) {
			String xy = format(x(longitudes[i] + shift)) + "," + format(y(ring[i][1]));
			if (xy.equals(last)) {
				continue;
			}
			path.append((drawn == 0) ? "M" : "L").append(xy);
			last = xy;
			drawn++;
		}
		if (drawn > 0) {
			path.append('Z');
		}
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
