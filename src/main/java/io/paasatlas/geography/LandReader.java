package io.paasatlas.geography;

import java.util.ArrayList;
import java.util.List;

import io.paasatlas.catalog.CatalogError;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the land outline: a GeoJSON {@code Feature} or {@code FeatureCollection} of {@code Polygon} and
 * {@code MultiPolygon} geometries, or such a geometry alone. Every problem is reported with the file and the JSON
 * path of the value ({@code geometry.coordinates[3][0][12]}).
 */
final class LandReader {

	private final JsonMapper json = JsonMapper.builder().build();

	Result read(String file, String text) {
		JsonNode root;
		try {
			root = this.json.readTree(text);
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? Math.max(ex.getLocation().getLineNr(), 0) : 0;
			return new Result(null, List.of(new CatalogError(file, line, null, ex.getOriginalMessage())));
		}
		List<double[][]> rings = new ArrayList<>();
		List<CatalogError> errors = new ArrayList<>();
		String source = "";
		if (root == null || !root.isObject()) {
			errors.add(new CatalogError(file, 0, null, "must be a GeoJSON object"));
		}
		else {
			source = root.path("properties").path("source").asString("");
			collect(root, "", file, rings, errors);
			if (errors.isEmpty() && rings.isEmpty()) {
				errors.add(new CatalogError(file, 0, null, "has no polygon"));
			}
		}
		return errors.isEmpty() ? new Result(new LandOutline(rings, source), List.of()) : new Result(null, errors);
	}

	private static void collect(JsonNode node, String path, String file, List<double[][]> rings,
			List<CatalogError> errors) {
		String type = node.path("type").asString("");
		switch (type) {
			case "FeatureCollection" -> {
				JsonNode features = node.path("features");
				for (int i = 0; i < features.size(); i++) {
					collect(features.get(i), join(path, "features[" + i + "]"), file, rings, errors);
				}
			}
			case "Feature" -> collect(node.path("geometry"), join(path, "geometry"), file, rings, errors);
			case "Polygon" -> polygon(node.path("coordinates"), join(path, "coordinates"), file, rings, errors);
			case "MultiPolygon" -> {
				JsonNode polygons = node.path("coordinates");
				if (!polygons.isArray()) {
					errors.add(new CatalogError(file, 0, join(path, "coordinates"), "must be a list of polygons"));
					return;
				}
				for (int i = 0; i < polygons.size(); i++) {
					polygon(polygons.get(i), join(path, "coordinates") + "[" + i + "]", file, rings, errors);
				}
			}
			default -> errors.add(new CatalogError(file, 0, join(path, "type"),
					"must be Feature, FeatureCollection, Polygon or MultiPolygon, not '" + type + "'"));
		}
	}

	private static void polygon(JsonNode polygon, String path, String file, List<double[][]> rings,
			List<CatalogError> errors) {
		if (!polygon.isArray()) {
			errors.add(new CatalogError(file, 0, path, "must be a list of rings"));
			return;
		}
		for (int r = 0; r < polygon.size(); r++) {
			JsonNode ring = polygon.get(r);
			String ringPath = path + "[" + r + "]";
			if (!ring.isArray() || ring.size() < 3) {
				errors.add(new CatalogError(file, 0, ringPath, "must be a list of at least 3 points"));
				continue;
			}
			List<double[]> points = new ArrayList<>();
			for (int p = 0; p < ring.size(); p++) {
				double[] point = point(ring.get(p));
				if (point == null) {
					errors.add(new CatalogError(file, 0, ringPath + "[" + p + "]",
							"must be [longitude, latitude] within [-180, 180] and [-90, 90]"));
					continue;
				}
				points.add(point);
			}
			if (points.size() > 1 && sameAs(points.get(0), points.get(points.size() - 1))) {
				points.remove(points.size() - 1);
			}
			rings.add(points.toArray(double[][]::new));
		}
	}

	private static double @Nullable [] point(JsonNode node) {
		if (!node.isArray() || node.size() < 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
			return null;
		}
		double lon = node.get(0).asDouble();
		double lat = node.get(1).asDouble();
		if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
			return null;
		}
		return new double[] { lon, lat };
	}

	private static boolean sameAs(double[] a, double[] b) {
		return a[0] == b[0] && a[1] == b[1];
	}

	private static String join(String path, String segment) {
		return path.isEmpty() ? segment : path + "." + segment;
	}

	/**
	 * The outline, or the errors that keep it from being drawn.
	 *
	 * @param outline {@code null} when there are errors
	 */
	record Result(@Nullable LandOutline outline, List<CatalogError> errors) {

		Result {
			errors = List.copyOf(errors);
		}

		boolean valid() {
			return this.errors.isEmpty();
		}
	}

}
