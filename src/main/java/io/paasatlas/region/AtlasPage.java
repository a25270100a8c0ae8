package io.paasatlas.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.paasatlas.catalog.Citation;
import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.Continent;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Change;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.catalog.RegionStatus;
import org.jspecify.annotations.Nullable;

/**
 * What {@code /regions} shows for some providers: the map, their current regions by continent and place, their
 * former regions, the dated history of their region lists, and their latency reach with its assumptions. Built
 * from the profiles; the template only prints it.
 *
 * @param columns the providers shown, in the order asked for
 * @param continents the current regions, by continent (catalog order) and place (by name)
 * @param former regions that no longer host new apps, by provider
 * @param history every dated change of the region lists, newest first
 * @param reaches each column's latency reach, in column order
 * @param thresholds the round-trip thresholds and the distances they stand for
 */
public record AtlasPage(List<Column> columns, WorldMap map, List<ContinentGroup> continents, List<FormerRegion> former,
		List<HistoryEntry> history, List<ProviderReach> reaches, LatencyModel latency,
		List<Threshold> thresholds, Metros.Source metroSource, int metroCount) {

	/** The page of these providers; citations are dated against {@code citations}' today. */
	static AtlasPage of(List<ProviderProfile> shown, List<Citations> citations, WorldMap map,
			List<ProviderReach> reaches, LatencyModel latency, Metros metros) {
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			ProviderProfile profile = shown.get(i);
			columns.add(new Column(profile.slug(), profile.name(), map.legend().get(i).style(),
					citations.get(i).of(profile.regions())));
		}
		return new AtlasPage(columns, map, continents(shown), former(shown, citations), history(shown, citations),
				reaches, latency, thresholds(latency), metros.source(), metros.size());
	}

	/** Places with a current region of some provider shown, grouped by continent; one row per city and country. */
	static List<ContinentGroup> continents(List<ProviderProfile> shown) {
		Map<Continent, Map<String, Place>> places = new LinkedHashMap<>();
		for (Continent continent : Continent.values()) {
			places.put(continent, new LinkedHashMap<>());
		}
		for (int i = 0; i < shown.size(); i++) {
			for (Region region : ReachCalculator.current(shown.get(i))) {
				String key = region.city().strip().toLowerCase(Locale.ROOT) + "|"
						+ region.country().strip().toLowerCase(Locale.ROOT);
				Place place = places.get(region.continent())
					.computeIfAbsent(key, (k) -> new Place(region.city(), region.country(), shown.size()));
				place.add(i, region);
			}
		}
		List<ContinentGroup> groups = new ArrayList<>();
		places.forEach((continent, byKey) -> {
			if (!byKey.isEmpty()) {
				List<Place> rows = new ArrayList<>(byKey.values());
				rows.sort(Comparator.comparing(Place::country).thenComparing(Place::city));
				groups.add(new ContinentGroup(continent, rows.stream().map(Place::row).toList()));
			}
		});
		return groups;
	}

	static List<FormerRegion> former(List<ProviderProfile> shown, List<Citations> citations) {
		List<FormerRegion> former = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			ProviderProfile profile = shown.get(i);
			for (Region region : profile.regions().list()) {
				if (region.effectiveStatus() == RegionStatus.CURRENT) {
					continue;
				}
				Region replacement = (region.replacedBy() == null) ? null
						: profile.regions().list().stream()
							.filter((r) -> r.code().equals(region.replacedBy()))
							.findFirst()
							.orElse(null);
				former.add(new FormerRegion(profile.slug(), profile.name(), region, replacement,
						citations.get(i).of(region, profile.regions())));
			}
		}
		return former;
	}

	static List<HistoryEntry> history(List<ProviderProfile> shown, List<Citations> citations) {
		List<HistoryEntry> history = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			ProviderProfile profile = shown.get(i);
			for (Change change : profile.regions().history()) {
				history.add(new HistoryEntry(profile.slug(), profile.name(), change,
						citations.get(i).of(change, profile.regions())));
			}
		}
		history.sort(Comparator.comparing((HistoryEntry e) -> e.change().date()).reversed()
			.thenComparing(HistoryEntry::provider));
		return history;
	}

	static List<Threshold> thresholds(LatencyModel latency) {
		return ProviderReach.THRESHOLDS_MS.stream()
			.map((ms) -> new Threshold(ms, Math.round(latency.reachKm(ms))))
			.toList();
	}

	public List<String> slugs() {
		return this.columns.stream().map(Column::slug).toList();
	}

	/** Whether a shown provider has current regions without coordinates (left off the map and the reach). */
	public boolean hasUnmapped() {
		return this.reaches.stream().anyMatch(ProviderReach::partial);
	}

	/** A provider shown, with its marker style and the citation of its region list. */
	public record Column(String slug, String name, MarkerStyle style, Citation citation) {
	}

	/** A continent's places. */
	public record ContinentGroup(Continent continent, List<PlaceRow> places) {

		public int regionCount() {
			return this.places.stream().mapToInt(PlaceRow::regionCount).sum();
		}
	}

	/**
	 * A city (or a state or country, when that is all a provider says) and each provider's regions there.
	 *
	 * @param regions one list per column, empty when the provider has no region there
	 */
	public record PlaceRow(String city, String country, List<List<Region>> regions) {

		public int regionCount() {
			return this.regions.stream().mapToInt(List::size).sum();
		}

		/** Whether the place has no coordinates: it is not on the map. */
		public boolean unmapped() {
			return this.regions.stream().flatMap(List::stream).noneMatch(ReachCalculator::hasCoordinates);
		}
	}

	/**
	 * A region that no longer hosts new apps.
	 *
	 * @param replacement the region that replaces it, when the profile names one that it lists
	 */
	public record FormerRegion(String slug, String provider, Region region, @Nullable Region replacement,
			Citation citation) {
	}

	/** A dated change of a provider's region list. */
	public record HistoryEntry(String slug, String provider, Change change, Citation citation) {
	}

	/** A round-trip threshold and the great-circle distance it allows. */
	public record Threshold(int ms, long km) {
	}

	/** Collects a place's regions per column. */
	private static final class Place {

		private final String city;

		private final String country;

		private final List<List<Region>> regions = new ArrayList<>();

		Place(String city, String country, int columns) {
			this.city = city;
			this.country = country;
			for (int i = 0; i < columns; i++) {
				this.regions.add(new ArrayList<>());
			}
		}

		void add(int column, Region region) {
			this.regions.get(column).add(region);
		}

		String city() {
			return this.city;
		}

		String country() {
			return this.country;
		}

		PlaceRow row() {
			return new PlaceRow(this.city, this.country, this.regions.stream().map(List::copyOf).toList());
		}
	}

}
