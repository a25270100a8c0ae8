package io.paasatlas.region;

import java.util.ArrayList;
import java.util.List;

import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.catalog.RegionStatus;
import io.paasatlas.region.WorldMap.LegendEntry;
import io.paasatlas.region.WorldMap.Marker;
import io.paasatlas.region.WorldMap.MetroDot;
import io.paasatlas.region.WorldMap.Unmapped;

/**
 * Builds the {@link WorldMap} of some providers: projects their regions and the metros, gives each provider its
 * {@link MarkerStyle}, and spreads markers that would hide one another (several providers in one city) around
 * their common point. Pure Java; the land path is computed once.
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
		for (int i = 0; i < providers.size(); i++) {
			ProviderProfile profile = providers.get(i);
			MarkerStyle style = MarkerStyle.of(positions.get(i));
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
						this.projection.y(lat), style);
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
		List<Marker> markers = spread(all);
		List<MetroDot> dots = metros.stream()
			.filter((m) -> this.projection.shows(m.latitude()))
			.map((m) -> new MetroDot(m.name(), m.countryName(), m.population(), this.projection.x(m.longitude()),
					this.projection.y(m.latitude())))
			.toList();
		return new WorldMap(this.projection.viewBox(), this.projection.width(), this.projection.height(), this.land,
				this.graticule, markers, dots, legend, unmapped);
	}

	/**
	 * Moves markers that share a point onto a small circle around it, in their order, the first at the top; a
	 * marker alone stays where it is.
	 */
	static List<Marker> spread(List<Marker> markers) {
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
		List<Marker> result = new ArrayList<>(markers);
		for (List<Integer> group : groups) {
			if (group.size() == 1) {
				continue;
			}
			Marker centre = markers.get(group.get(0));
			for (int k = 0; k < group.size(); k++) {
				double angle = -Math.PI / 2 + 2 * Math.PI * k / group.size();
				Marker m = markers.get(group.get(k));
				result.set(group.get(k), new Marker(m.slug(), m.provider(), m.code(), m.city(), m.country(),
						m.status(), m.current(), centre.x() + SPREAD * Math.cos(angle),
						centre.y() + SPREAD * Math.sin(angle), m.style()));
			}
		}
		return result;
	}

	private static double distance(Marker a, Marker b) {
		return Math.hypot(a.x() - b.x(), a.y() - b.y());
	}

}
