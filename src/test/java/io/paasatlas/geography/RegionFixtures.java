package io.paasatlas.geography;

import java.nio.file.Path;
import java.util.List;

import io.paasatlas.catalog.CatalogFixtures;
import io.paasatlas.catalog.CatalogLoader;
import io.paasatlas.catalog.CatalogReport;
import io.paasatlas.catalog.Continent;
import io.paasatlas.catalog.LoadedCatalog;
import io.paasatlas.catalog.ProviderProfile;

/**
 * The region tests' data: the real catalog, metros and land outline of {@code data/}, and small made-up profiles
 * and metros whose numbers a reader can check by hand.
 */
public final class RegionFixtures {

	/** City-centre coordinates, as commonly published (decimal degrees). */
	public static final double[] LONDON = { 51.5074, -0.1278 };

	public static final double[] PARIS = { 48.8566, 2.3522 };

	public static final double[] NEW_YORK = { 40.7128, -74.0060 };

	public static final double[] LOS_ANGELES = { 34.0522, -118.2437 };

	public static final double[] SYDNEY = { -33.8688, 151.2093 };

	public static final double[] MELBOURNE = { -37.8136, 144.9631 };

	public static final double[] TOKYO = { 35.6762, 139.6503 };

	public static final double[] SINGAPORE = { 1.3521, 103.8198 };

	private static LoadedCatalog catalog;

	private static Metros metros;

	private static LandOutline land;

	private RegionFixtures() {
	}

	/** The profiles of {@code data/providers}, read as the app reads them (today being the real today). */
	public static synchronized LoadedCatalog catalog() {
		if (catalog == null) {
			CatalogReport report = new CatalogLoader(CatalogFixtures.VALIDATOR, java.time.Clock.systemDefaultZone())
				.load(Path.of("data", "providers").toString());
			if (!report.valid()) {
				throw new IllegalStateException(report.describe());
			}
			catalog = new LoadedCatalog(report.profiles());
		}
		return catalog;
	}

	public static ProviderProfile provider(String slug) {
		return catalog().profiles().stream().filter((p) -> p.slug().equals(slug)).findFirst().orElseThrow();
	}

	/** {@code data/metros.yaml}. */
	public static synchronized Metros metros() {
		if (metros == null) {
			metros = RegionDataFiles.metros(null, CatalogFixtures.VALIDATOR);
		}
		return metros;
	}

	/** {@code data/geo/land-110m.json}. */
	public static synchronized LandOutline land() {
		if (land == null) {
			land = RegionDataFiles.land(null);
		}
		return land;
	}

	/** The atlas of the real data, with the stated latency assumptions. */
	public static RegionAtlas atlas() {
		return new RegionAtlas(catalog(), metros(), LatencyModel.DEFAULT, land());
	}

	/**
	 * A made-up valid profile with these regions, each written as a YAML flow mapping
	 * ({@code {code: lhr, city: London, country: UK, continent: europe, latitude: 51.51, longitude: -0.13}}).
	 */
	public static ProviderProfile profile(String slug, String... regions) {
		String text = CatalogFixtures.minimalText()
			.replace("slug: minimal", "slug: " + slug)
			.replace("    - {code: fra, city: Frankfurt, country: Germany, continent: europe}",
					"    - " + String.join("\n    - ", regions));
		return CatalogFixtures.profile(slug + ".yaml", text);
	}

	/** A region line for {@link #profile}: current, at the point given. */
	public static String region(String code, String city, Continent continent, double[] point) {
		return "{code: " + code + ", city: " + city + ", country: Somewhere, continent: " + continent.key()
				+ ", latitude: " + point[0] + ", longitude: " + point[1] + "}";
	}

	public static Metro metro(String id, Continent continent, double[] point, long population) {
		return new Metro(id, id, "GB", continent, point[0], point[1], population, null);
	}

	public static Metros metros(Metro... metros) {
		return new Metros(new Metros.Source("test", "1", "https://example.com/", "CC0", "2026", null),
				List.of(metros));
	}

}
