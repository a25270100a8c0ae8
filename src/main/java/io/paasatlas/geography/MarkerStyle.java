package io.paasatlas.geography;

import java.util.List;

/**
 * How a provider's markers look on the map: a shape and a colour, so that providers differ by shape as well as by
 * colour (colours alone fail many readers). The style follows the provider's place in the whole catalog, not in the
 * current selection, so a provider keeps its look from one page to the next. Colours are the Okabe–Ito palette, made
 * to be told apart with colour-vision deficiencies; the stylesheet holds them as {@code .marker-N}.
 *
 * @param index the style's number, also the suffix of its CSS class
 * @param shape the shape's name, for the legend's text alternative
 * @param path the shape as SVG path data centred on 0,0, about 11 units across
 */
public record MarkerStyle(int index, String shape, String path) {

	public static final List<MarkerStyle> STYLES = List.of(
			new MarkerStyle(0, "circle", "M-5.2,0a5.2,5.2 0 1,0 10.4,0a5.2,5.2 0 1,0 -10.4,0Z"),
			new MarkerStyle(1, "square", "M-4.6,-4.6h9.2v9.2h-9.2Z"),
			new MarkerStyle(2, "triangle", "M0,-6L5.6,4.2L-5.6,4.2Z"),
			new MarkerStyle(3, "diamond", "M0,-6.2L6.2,0L0,6.2L-6.2,0Z"),
			new MarkerStyle(4, "inverted triangle", "M0,6L5.6,-4.2L-5.6,-4.2Z"),
			new MarkerStyle(5, "cross", "M-1.9,-5.6h3.8v3.7h3.7v3.8h-3.7v3.7h-3.8v-3.7h-3.7v-3.8h3.7Z"));

	/** The style of the provider at this place in the catalog; after six, shapes and colours repeat. */
	static MarkerStyle of(int position) {
		return STYLES.get(Math.floorMod(position, STYLES.size()));
	}

	/**
	 * The styles of providers shown together, given their places in the catalog: each keeps its own style unless a
	 * provider before it in the list has taken it, and then takes the next free one, so that up to six providers on
	 * one map never look alike (with 17 providers in the catalog, places 5 and 11 share a style). More than six
	 * cannot all differ: the map then draws places instead (see {@link MapBuilder}).
	 */
	public static List<MarkerStyle> distinct(List<Integer> positions) {
		List<MarkerStyle> styles = new java.util.ArrayList<>();
		boolean[] taken = new boolean[STYLES.size()];
		for (int position : positions) {
			int index = Math.floorMod(position, STYLES.size());
			for (int tries = 0; tries < STYLES.size() && taken[index]; tries++) {
				index = (index + 1) % STYLES.size();
			}
			if (styles.size() < STYLES.size()) {
				taken[index] = true;
			}
			styles.add(STYLES.get(index));
		}
		return styles;
	}

	/** The CSS class that gives the colour: {@code marker-2}. */
	public String cssClass() {
		return "marker-" + this.index;
	}

}
