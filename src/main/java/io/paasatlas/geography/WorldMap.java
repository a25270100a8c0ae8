package io.paasatlas.geography;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the map SVG shows, ready for the template: the land, a graticule, the regions as markers, the metros as dots,
 * the legend, and the regions that cannot be placed because their coordinates are unknown.
 *
 * @param viewBox the SVG {@code viewBox}
 * @param land the land as one path (even-odd fill)
 * @param graticule meridians and parallels every 30°
 * @param markers one per region with coordinates, current regions drawn over former ones; none when the map draws
 * places
 * @param places one per place with regions, when more providers are shown than markers have styles; else none
 * @param metros the metro areas of the reach computations
 * @param legend one entry per provider shown
 * @param unmapped the regions left off the map, for the note below it
 */
public record WorldMap(String viewBox, double width, double height, String land, String graticule,
		List<Marker> markers, List<Place> places, List<MetroDot> metros, List<LegendEntry> legend,
		List<Unmapped> unmapped) {

	public WorldMap {
		markers = List.copyOf(markers);
		places = List.copyOf(places);
		metros = List.copyOf(metros);
		legend = List.copyOf(legend);
		unmapped = List.copyOf(unmapped);
	}

	/** The marker styles in use, each once, for the shapes the markers refer to. */
	public List<MarkerStyle> styles() {
		return this.markers.stream().map(Marker::style).distinct().toList();
	}

	/** Whether the map draws one marker per place rather than one per region and provider. */
	public boolean byPlace() {
		return !this.places.isEmpty();
	}

	/** Whether some shown region is not current (the legend then explains the hollow markers). */
	public boolean hasFormer() {
		return this.markers.stream().anyMatch((m) -> !m.current()) || this.places.stream().anyMatch((p) -> !p.current());
	}

	/** Whether some shown region is placed approximately (the legend then explains the dashed edge). */
	public boolean hasApproximate() {
		return this.markers.stream().anyMatch((m) -> m.approximate() != null)
				|| this.places.stream().anyMatch(Place::approximate);
	}

	public long currentMarkers() {
		return this.markers.stream().filter(Marker::current).count();
	}

	/** Places with a current region, when the map draws places. */
	public long currentPlaces() {
		return this.places.stream().filter(Place::current).count();
	}

	/** The most providers at one place, for the legend of the sizes. */
	public int mostProvidersAtAPlace() {
		return this.places.stream().mapToInt(Place::providers).max().orElse(0);
	}

	/**
	 * A region on the map.
	 *
	 * @param x where the marker is drawn: the region's point, moved a little when several markers share it
	 * @param status the region's status key ({@code current}, {@code deprecated}…)
	 * @param current whether the region hosts new apps today; other regions are drawn hollow and smaller
	 * @param approximate why the point is approximate (the provider names only a state or an area), or {@code null}
	 *        for a sourced city; an approximate marker is drawn with a dashed edge
	 */
	public record Marker(String slug, String provider, String code, String city, String country, String status,
			boolean current, double x, double y, MarkerStyle style, @Nullable String approximate) {

		/** The same marker drawn at another point. */
		Marker at(double x, double y) {
			return new Marker(this.slug, this.provider, this.code, this.city, this.country, this.status, this.current,
					x, y, this.style, this.approximate);
		}

		public String cx() {
			return MapProjection.format(this.x);
		}

		public String cy() {
			return MapProjection.format(this.y);
		}

		/**
		 * The id of the shape the marker draws, defined once in the map: {@code m2}, or {@code m2f} for the smaller
		 * shape of a former region.
		 */
		public String shape() {
			return "#m" + this.style.index() + (this.current ? "" : "f");
		}
	}

	/**
	 * A place where some shown providers have regions, drawn as one circle whose area grows with their number.
	 *
	 * @param current whether some region there hosts new apps; a place with former regions only is drawn hollow
	 * @param providers how many providers have a (current, or for a former place any) region there
	 * @param names those providers' names
	 * @param approximate whether some of those regions is placed approximately (drawn with a dashed edge)
	 */
	public record Place(String city, String country, double x, double y, boolean current, int providers,
			List<String> names, boolean approximate) {

		public Place {
			names = List.copyOf(names);
		}

		public String cx() {
			return MapProjection.format(this.x);
		}

		public String cy() {
			return MapProjection.format(this.y);
		}

		/** The circle's radius in SVG units: 3 for one provider, 7 for sixteen. */
		public String radius() {
			return MapProjection.format(2 + Math.sqrt(this.providers) * 1.25);
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
