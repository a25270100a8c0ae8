package io.paasatlas.geography;

import io.paasatlas.catalog.CatalogError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The land outline is GeoJSON; what cannot be drawn is reported with the file and the JSON path. */
class LandReaderTests {

	private final LandReader reader = new LandReader();

	@Test
	void readsPolygonsAndMultiPolygonsAndDropsTheClosingPoint() {
		LandReader.Result result = this.reader.read("land.json", """
				{"type": "FeatureCollection", "features": [
				  {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
				    "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 0]]]}},
				  {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPolygon",
				    "coordinates": [[[[20, 0], [30, 0], [30, 10]]], [[[40, 0], [50, 0], [50, 10], [40, 0]]]]}}
				]}
				""");

		assertThat(result.errors()).isEmpty();
		assertThat(result.outline().rings()).hasSize(3);
		assertThat(result.outline().rings().get(0)).hasNumberOfRows(3);
		assertThat(result.outline().points()).isEqualTo(9);
	}

	@Test
	void reportsWhatCannotBeDrawn() {
		LandReader.Result result = this.reader.read("land.json", """
				{"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [
				  [[[0, 0], [200, 0], [10, 10]]],
				  [[[0, 0], [1, 1]]]
				]}}
				""");

		assertThat(result.errors()).extracting(CatalogError::toString).containsExactly(
				"land.json: geometry.coordinates[0][0][1]: must be [longitude, latitude] within [-180, 180] and [-90, 90]",
				"land.json: geometry.coordinates[1][0]: must be a list of at least 3 points");
	}

	@Test
	void reportsAnotherKindOfGeometryOrBrokenJson() {
		assertThat(this.reader.read("land.json", "{\"type\": \"Point\", \"coordinates\": [0, 0]}").errors())
			.extracting(CatalogError::toString)
			.containsExactly("land.json: type: must be Feature, FeatureCollection, Polygon or MultiPolygon, not 'Point'");
		assertThat(this.reader.read("land.json", "{\"type\": ").errors()).hasSize(1);
		assertThat(this.reader.read("land.json", "[]").errors()).extracting(CatalogError::message)
			.containsExactly("must be a GeoJSON object");
	}

}
