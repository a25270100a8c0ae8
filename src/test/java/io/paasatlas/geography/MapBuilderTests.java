package io.paasatlas.geography;

import java.util.List;

import io.paasatlas.catalog.Continent;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.geography.WorldMap.Marker;
import org.junit.jupiter.api.Test;

import static io.paasatlas.geography.RegionFixtures.LONDON;
import static io.paasatlas.geography.RegionFixtures.PARIS;
import static io.paasatlas.geography.RegionFixtures.metro;
import static io.paasatlas.geography.RegionFixtures.profile;
import static io.paasatlas.geography.RegionFixtures.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The map's markers, legend and unmapped regions, and markers that share a city. */
class MapBuilderTests {

	private final MapBuilder builder = new MapBuilder(MapProjection.WORLD,
			new LandOutline(List.<double[][]>of(new double[][] { { 0, 0 }, { 10, 0 }, { 10, 10 } }), "test"));

	private final ProviderProfile one = profile("one", region("lhr", "London", Continent.EUROPE, LONDON),
			"{code: us, city: not stated, country: United States, continent: north-america}",
			"{code: cdg, city: Paris, country: France, continent: europe, latitude: 48.86, longitude: 2.35, "
					+ "status: removed}");

	private final ProviderProfile two = profile("two", region("lon", "London", Continent.EUROPE, LONDON));

	@Test
	void drawsRegionsWithCoordinatesAndListsTheOthers() {
		WorldMap map = this.builder.build(List.of(this.one), List.of(0), List.of());

		assertThat(map.markers()).extracting(Marker::code).containsExactly("cdg", "lhr");
		assertThat(map.markers()).extracting(Marker::current).containsExactly(false, true);
		assertThat(map.unmapped()).extracting(WorldMap.Unmapped::code).containsExactly("us");
		assertThat(map.legend()).singleElement().satisfies((e) -> {
			assertThat(e.current()).isEqualTo(1);
			assertThat(e.former()).isEqualTo(1);
			assertThat(e.style().shape()).isEqualTo("circle");
		});
		assertThat(map.hasFormer()).isTrue();
		assertThat(map.land()).startsWith("M500 233l");
	}

	@Test
	void eachProviderKeepsTheStyleOfItsPlaceInTheCatalog() {
		WorldMap map = this.builder.build(List.of(this.two, this.one), List.of(4, 0), List.of());

		assertThat(map.legend()).extracting((e) -> e.style().shape()).containsExactly("inverted triangle", "circle");
		assertThat(map.legend()).extracting((e) -> e.style().cssClass()).containsExactly("marker-4", "marker-0");
		assertThat(MarkerStyle.of(6)).as("after six, styles repeat").isEqualTo(MarkerStyle.of(0));
	}

	@Test
	void markersThatShareACityAreSpreadAroundIt() {
		WorldMap map = this.builder.build(List.of(this.one, this.two), List.of(0, 1), List.of());

		Marker lhr = marker(map, "lhr");
		Marker lon = marker(map, "lon");
		double x = MapProjection.WORLD.x(LONDON[1]);
		double y = MapProjection.WORLD.y(LONDON[0]);
		// two markers: one above the point, one below, each SPREAD away
		assertThat(lhr.x()).isCloseTo(x, within(1e-6));
		assertThat(lhr.y()).isCloseTo(y - MapBuilder.SPREAD, within(1e-6));
		assertThat(lon.y()).isCloseTo(y + MapBuilder.SPREAD, within(1e-6));
		assertThat(marker(map, "cdg").x()).as("Paris stays on its point").isCloseTo(MapProjection.WORLD.x(2.35),
				within(1e-6));
	}

	@Test
	void marksARegionPlacedByItsStateAsApproximateOnItsMarkerAndItsPlace() {
		ProviderProfile state = profile("state", "{code: oregon, city: Portland, country: United States, "
				+ "continent: north-america, latitude: 45.52, longitude: -122.68, "
				+ "approximate_location: The source names only the state}");
		WorldMap map = this.builder.build(List.of(state, this.two), List.of(0, 1), List.of());

		assertThat(marker(map, "oregon").approximate()).isEqualTo("The source names only the state");
		assertThat(marker(map, "lon").approximate()).isNull();
		assertThat(map.hasApproximate()).isTrue();
		assertThat(MapBuilder.places(map.markers())).filteredOn(WorldMap.Place::approximate)
			.extracting(WorldMap.Place::city)
			.containsExactly("Portland");
		assertThat(this.builder.build(List.of(this.two), List.of(0), List.of()).hasApproximate()).isFalse();
	}

	@Test
	void showsTheMetrosAsDots() {
		WorldMap map = this.builder.build(List.of(this.one), List.of(0),
				List.of(metro("paris", Continent.EUROPE, PARIS, 2_000_000)));

		assertThat(map.metros()).singleElement().satisfies((d) -> {
			assertThat(d.cx()).isEqualTo("506.5");
			assertThat(d.population()).isEqualTo(2_000_000);
		});
	}

	private static Marker marker(WorldMap map, String code) {
		return map.markers().stream().filter((m) -> m.code().equals(code)).findFirst().orElseThrow();
	}

}
