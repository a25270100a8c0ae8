package io.paasatlas.geography;

import io.paasatlas.catalog.CatalogError;
import io.paasatlas.catalog.CatalogFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad metro data is reported at start-up with the file, line and key of each problem, all at once. */
class MetroReaderTests {

	private static final String SOURCE = """
			source:
			  dataset: Test cities
			  version: "1"
			  url: https://example.com/
			  licence: CC0
			  as_of: "2026"
			metros:
			""";

	private final MetroReader reader = new MetroReader(CatalogFixtures.VALIDATOR);

	@Test
	void readsAValidFile() {
		MetroReader.Result result = read(SOURCE
				+ "  - {id: tokyo-jp, name: Tokyo, country: JP, continent: asia, latitude: 35.69, longitude: 139.69, "
				+ "population: 8336599, geonames_id: 1850147}\n");

		assertThat(result.errors()).isEmpty();
		Metro tokyo = result.metros().find("tokyo-jp").orElseThrow();
		assertThat(tokyo.population()).isEqualTo(8_336_599L);
		assertThat(tokyo.countryName()).isEqualTo("Japan");
		assertThat(tokyo.label()).isEqualTo("Tokyo, Japan");
	}

	@Test
	void reportsEveryBadValueWithItsLine() {
		MetroReader.Result result = read(SOURCE
				+ "  - {id: ok-jp, name: Ok, country: JP, continent: asia, latitude: 35, longitude: 139, population: 1}\n"
				+ "  - {id: Bad Id, name: Bad, country: JP, continent: asia, latitude: 95, longitude: 139, population: 1}\n"
				+ "  - {id: ok-jp, name: Again, country: jp, continent: asia, latitude: 1, longitude: 1, population: 0}\n");

		assertThat(result.valid()).isFalse();
		assertThat(result.metros()).isNull();
		assertThat(result.errors()).extracting(CatalogError::toString).containsExactlyInAnyOrder(
				"metros.yaml:9: metros[1].id: must be lowercase letters, digits and single hyphens (e.g. sao-paulo-br)",
				"metros.yaml:9: metros[1].latitude: must be less than or equal to 90",
				"metros.yaml:10: metros[2].country: must be an ISO 3166-1 alpha-2 code in capitals (e.g. JP)",
				"metros.yaml:10: metros[2].population: must be greater than 0",
				"metros.yaml:10: metros[2].id: 'ok-jp' is already the id of metros[0] (line 8)");
	}

	@Test
	void reportsAMissingFieldAtItsMetro() {
		MetroReader.Result result = read(SOURCE
				+ "  - {id: tokyo-jp, name: Tokyo, country: JP, continent: asia, longitude: 139.69, population: 1}\n");

		assertThat(result.errors()).extracting(CatalogError::toString)
			.containsExactly("metros.yaml:8: metros[0].latitude: is required");
	}

	@Test
	void reportsAnUnknownKeyOrContinentWithItsLine() {
		MetroReader.Result unknownKey = read(SOURCE
				+ "  - {id: tokyo-jp, name: Tokyo, country: JP, continent: asia, latitude: 1, longitude: 1, "
				+ "population: 1, mayor: nobody}\n");
		assertThat(unknownKey.errors()).singleElement().satisfies((e) -> {
			assertThat(e.line()).isEqualTo(8);
			assertThat(e.field()).isEqualTo("metros[0].mayor");
			assertThat(e.message()).contains("mayor");
		});

		MetroReader.Result badContinent = read(SOURCE
				+ "  - {id: x-jp, name: X, country: JP, continent: atlantis, latitude: 1, longitude: 1, population: 1}\n");
		assertThat(badContinent.errors()).singleElement().satisfies((e) -> {
			assertThat(e.line()).isEqualTo(8);
			assertThat(e.field()).isEqualTo("metros[0].continent");
		});
	}

	@Test
	void reportsBrokenYamlAndAnEmptyList() {
		assertThat(read("metros: [\n").errors()).singleElement().satisfies((e) -> assertThat(e.line()).isPositive());
		assertThat(read(SOURCE).errors()).extracting(CatalogError::message).containsExactly("must list at least one metro");
		assertThat(read("").errors()).singleElement().satisfies((e) -> assertThat(e.file()).isEqualTo("metros.yaml"));
	}

	private MetroReader.Result read(String text) {
		return this.reader.read("metros.yaml", text);
	}

}
