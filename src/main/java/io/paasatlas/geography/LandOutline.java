package io.paasatlas.geography;

import java.util.List;

/**
 * The land of the world as rings of points in decimal degrees (Natural Earth's 1:110m land, from
 * {@code data/geo/land-110m.json}): outer boundaries and holes alike, which the map fills with the even-odd rule.
 *
 * @param rings each ring's points as {@code [longitude, latitude]} pairs, first point not repeated at the end
 * @param source where the outline comes from, as the file says
 */
public record LandOutline(List<double[][]> rings, String source) {

	public LandOutline {
		rings = List.copyOf(rings);
	}

	public int points() {
		return this.rings.stream().mapToInt((ring) -> ring.length).sum();
	}

}
