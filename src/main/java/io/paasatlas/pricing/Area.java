package io.paasatlas.pricing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import io.paasatlas.catalog.Continent;

/**
 * Where a workload runs, independent of any provider's region codes. Each provider serves an area from its nearest
 * current region. The point of each area is a major city of it (city-centre coordinates, rounded to 0.01°).
 */
public enum Area {

	US_EAST("us-east", "US East (Virginia)", Continent.NORTH_AMERICA, 39.04, -77.49),
	US_CENTRAL("us-central", "US Central (Chicago)", Continent.NORTH_AMERICA, 41.88, -87.63),
	US_WEST("us-west", "US West (San Jose)", Continent.NORTH_AMERICA, 37.34, -121.89),
	CANADA("canada", "Canada (Toronto)", Continent.NORTH_AMERICA, 43.65, -79.38),
	SOUTH_AMERICA("south-america", "South America (São Paulo)", Continent.SOUTH_AMERICA, -23.55, -46.63),
	EU_WEST("eu-west", "Europe West (London)", Continent.EUROPE, 51.51, -0.13),
	EU_CENTRAL("eu-central", "Europe Central (Frankfurt)", Continent.EUROPE, 50.11, 8.68),
	INDIA("india", "India (Mumbai)", Continent.ASIA, 19.08, 72.88),
	ASIA_SOUTHEAST("asia-southeast", "Asia Southeast (Singapore)", Continent.ASIA, 1.35, 103.82),
	ASIA_EAST("asia-east", "Asia East (Tokyo)", Continent.ASIA, 35.68, 139.69),
	OCEANIA("oceania", "Oceania (Sydney)", Continent.OCEANIA, -33.87, 151.21),
	AFRICA("africa", "Africa (Johannesburg)", Continent.AFRICA, -26.20, 28.05);

	private final String key;

	private final String label;

	private final Continent continent;

	private final double latitude;

	private final double longitude;

	Area(String key, String label, Continent continent, double latitude, double longitude) {
		this.key = key;
		this.label = label;
		this.continent = continent;
		this.latitude = latitude;
		this.longitude = longitude;
	}

	public static Optional<Area> of(String key) {
		String wanted = key.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((a) -> a.key.equals(wanted)).findFirst();
	}

	public String key() {
		return this.key;
	}

	public String label() {
		return this.label;
	}

	public Continent continent() {
		return this.continent;
	}

	public double latitude() {
		return this.latitude;
	}

	public double longitude() {
		return this.longitude;
	}

}
