package io.paasatlas.geography;

import java.util.ArrayList;
import java.util.List;

import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.catalog.RegionStatus;
import io.paasatlas.geography.WorldMap.LegendEntry;
import io.paasatlas.geography.WorldMap.Marker;
import io.paasatlas.geography.WorldMap.MetroDot;
import io.paasatlas.geography.WorldMap.Place;
import io.paasatlas.geography.WorldMap.Unmapped;

/**
 * Builds the {@link WorldMap} of some providers: projects their regions and the metros, gives each provider its
 * {@link MarkerStyle}, and spreads markers that would hide one another (several providers in one city) around
 * their common point. With more providers than there are styles, markers could not tell providers apart: the map
 * then draws one marker per place, larger where more providers are, and names them on hover. Pure Java; the land
 * path is computed once.
 */
final class MapBuilder {

	/** Markers closer than this (SVG units) share a point and are spread around it. */
	static final double SAME_POINT = 2.5;

	/** How far from their common point shared markers are drawn (SVG units). */
	static final double SPREAD = 6;

	private final MapProjection projection;

	private final String land;

	private final String graticule;

	MapBuilder(MapProjection projection, LandOutline outline) {
		this.projection = projection;
		this.land = projection.path(outline);
		this.graticule = projection.graticule(30);
	}

	/**
	 * The map of the providers given, in that order.
	 *
	 * @param positions each provider's place in the whole catalog, for its {@link MarkerStyle}, in the same order
	 */
	WorldMap build(List<ProviderProfile> providers, List<Integer> positions, List<Metro> metros) {
		List<Marker> former = new ArrayList<>();
		List<Marker> current = new ArrayList<>();
		List<LegendEntry> legend = new ArrayList<>();
		List<Unmapped> unmapped = new ArrayList<>();
		List<MarkerStyle> styles = MarkerStyle.distinct(positions);
		for (int i = 0; i < providers.size(); i++) {
			ProviderProfile profile = providers.get(i);
			MarkerStyle style = styles.get(i);
			long currentCount = 0;
			long formerCount = 0;
			for (Region region : profile.regions().list()) {
				boolean isCurrent = region.effectiveStatus() == RegionStatus.CURRENT;
				if (region.latitude() == null || region.longitude() == null) {
					unmapped.add(new Unmapped(profile.slug(), profile.name(), region.code(), region.city(),
							region.country(), region.effectiveStatus().key()));
					continue;
				}
				double lat = region.latitude().doubleValue();
				double lon = region.longitude().doubleValue();
				Marker marker = new Marker(profile.slug(), profile.name(), region.code(), region.city(),
						region.country(), region.effectiveStatus().key(), isCurrent, this.projection.x(lon),
						this.projection.y(lat), style, region.approximateLocation());
				if (isCurrent) {
					current.add(marker);
					currentCount++;
				}
				else {
					former.add(marker);
					formerCount++;
				}
			}
			legend.add(new LegendEntry(profile.slug(), profile.name(), style, currentCount, formerCount));
		}
		// former regions first, so that current ones are drawn over them
		List<Marker> all = new ArrayList<>(former);
		all.addAll(current);
		List<MetroDot> dots = metros.stream()
			.filter((m) -> this.projection.shows(m.latitude()))
			.map((m) -> new MetroDot(m.name(), m.countryName(), m.population(), this.projection.x(m.longitude()),
					this.projection.y(m.latitude())))
			.toList();
		boolean byPlace = providers.size() > MarkerStyle.STYLES.size();
		return new WorldMap(this.projection.viewBox(), this.projection.width(), this.projection.height(), this.land,
				this.graticule, byPlace ? List.of() : spread(all), byPlace ? places(all) : List.of(), dots, legend,
				unmapped);
	}

	/**
	 * One marker per place: the markers that share a point, current places over those with former regions only,
	 * each naming its providers in the order shown (their region codes are on their pages).
	 */
	static List<Place> places(List<Marker> markers) {
		List<List<Marker>> groups = new ArrayList<>();
		for (List<Integer> group : groups(markers)) {
			groups.add(group.stream().map(markers::get).toList());
		}
		List<Place> places = new ArrayList<>();
		for (List<Marker> group : groups) {
			Marker first = group.get(0);
			double x = group.stream().mapToDouble(Marker::x).average().orElse(first.x());
			double y = group.stream().mapToDouble(Marker::y).average().orElse(first.y());
			List<Marker> current = group.stream().filter(Marker::current).toList();
			List<Marker> shown = current.isEmpty() ? group : current;
			long providers = shown.stream().map(Marker::slug).distinct().count();
			places.add(new Place(first.city(), first.country(), x, y, !current.isEmpty(), (int) providers,
					shown.stream().map(Marker::provider).distinct().toList(),
					shown.stream().anyMatch((m) -> m.approximate() != null)));
		}
		places.sort(java.util.Comparator.comparing(Place::current).thenComparing(Place::providers));
		return places;
	}

	/**
	 * Moves markers that share a point onto a small circle around it, in their order, the first at the top; a
	 * marker alone stays where it is.
	 */
	static List<Marker> spread(List<Marker> markers) {
		List<Marker> result = new ArrayList<>(markers);
		for (List<Integer> group : groups(markers)) {
			if (group.size() == 1) {
				continue;
			}
			Marker centre = markers.get(group.get(0));
			for (int k = 0; k < group.size(); k++) {
				double angle = -Math.PI / 2 + 2 * Math.PI * k / group.size();
				Marker m = markers.get(group.get(k));
				result.set(group.get(k), m.at(centre.x() + SPREAD * Math.cos(angle), centre.y() + SPREAD * Math.sin(angle)));
			}
		}
		return result;
	}

	/** The indexes of the markers that share a point with the group's first one, in their order. */
	private static List<List<Integer>> groups(List<Marker> markers) {
		List<List<Integer>> groups = new ArrayList<>();
		for (int i = 0; i < markers.size(); i++) {
			Marker marker = markers.get(i);
			List<Integer> group = groups.stream()
				.filter((g) -> distance(markers.get(g.get(0)), marker) < SAME_POINT)
				.findFirst()
				.orElse(null);
			if (group == null) {
				group = new ArrayList<>();
				groups.add(group);
			}
			group.add(i);
		}
		return groups;
	}

	private static double distance(Marker a, Marker b) {
		return Math.hypot(a.x() - b.x(), a.y() - b.y());
	}

}
