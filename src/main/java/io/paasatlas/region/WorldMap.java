package io.paasatlas.region;

import java.util.List;

/**
 * What the map SVG shows, ready for the template: the land, a graticule, the regions as markers, the metros as dots,
 * the legend, and the regions that cannot be placed because their coordinates are unknown.
 *
 * @param viewBox the SVG {@code viewBox}
 * @param land the land as one path (even-odd fill)
 * @param graticule meridians and parallels every 30°
 * @param markers one per region with coordinates, current regions drawn over former ones
 * @param metros the metro areas of the reach computations
 * @param legend one entry per provider shown
 * @param unmapped the regions left off the map, for the note below it
 */
public record WorldMap(String viewBox, double width, double height, String land, String graticule,
		List<Marker> markers, List<MetroDot> metros, List<LegendEntry> legend, List<Unmapped> unmapped) {

	public WorldMap {
		markers = List.copyOf(markers);
		metros = List.copyOf(metros);
		legend = List.copyOf(legend);
		unmapped = List.copyOf(unmapped);
	}

	/** Whether some shown region is not current (the legend then explains the hollow markers). */
	public boolean hasFormer() {
		return this.markers.stream().anyMatch((m) -> !m.current());
	}

	public long currentMarkers() {
		return this.markers.stream().filter(Marker::current).count();
	}

	/**
	 * A region on the map.
	 *
	 * @param x where the marker is drawn: the region's point, moved a little when several markers share it
	 * @param status the region's status key ({@code current}, {@code deprecated}…)
	 * @param current whether the region hosts new apps today; other regions are drawn hollow and smaller
	 */
	public record Marker(String slug, String provider, String code, String city, String country, String status,
			boolean current, double x, double y, MarkerStyle style) {

		/** The SVG {@code transform} that places the shape: {@code translate(512.3 140.1)}. */
		public String transform() {
			return "translate(" + MapProjection.format(this.x) + " " + MapProjection.format(this.y) + ")"
					+ (this.current ? "" : " scale(0.8)");
		}
	}

	/** A metro area as a small dot. */
	public record MetroDot(String name, String country, long population, double x, double y) {

		public String cx() {
			return MapProjection.format(this.x);
		}

		public String cy() {
			return MapProjection.format(this.y);
		}
	}

	/**
	 * A provider in the legend.
	 *
	 * @param current how many of its current regions are on the map
	 * @param former how many of its former regions are on the map
	 */
	public record LegendEntry(String slug, String provider, MarkerStyle style, long current, long former) {
	}

	/** A region without coordinates: listed beside the map, left out of it and of the reach computations. */
	public record Unmapped(String slug, String provider, String code, String city, String country, String status) {
	}

}
