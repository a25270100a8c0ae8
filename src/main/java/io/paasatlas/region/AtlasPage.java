package io.paasatlas.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.paasatlas.catalog.Citation;
import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.Continent;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Change;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.catalog.RegionStatus;
import io.paasatlas.geography.LatencyModel;
import io.paasatlas.geography.MarkerStyle;
import io.paasatlas.geography.Metros;
import io.paasatlas.geography.ProviderReach;
import io.paasatlas.geography.RegionAtlas;
import io.paasatlas.geography.WorldMap;
import org.jspecify.annotations.Nullable;

/**
 * What {@code /regions} shows for some providers: the map, their current regions by continent, their former
 * regions, the dated history of their region lists, and their latency reach with its assumptions. Built from the
 * profiles; the template only prints it.
 * <p>
 * A few providers (as many as the map has marker styles) are shown in detail: each region on the map, in the
 * tables by continent and place, every former region and every change. More are shown as an overview, so that the
 * page stays readable and light however large the catalog grows: the map draws places, one table counts each
 * provider's regions by continent (the details are on its own page), and the history keeps its latest changes
 * (all are in {@code /changes}).
 *
 * @param columns the providers shown, in the order asked for
 * @param continents in detail, the current regions by continent (catalog order) and provider (in the order asked
 * for); none in an overview
 * @param counts each provider's regions by continent, in column order: the table of an overview
 * @param former in detail, regions that no longer host new apps, by provider; none in an overview
 * @param history the dated changes of the region lists, newest first: all in detail, the latest in an overview
 * @param historyTotal how many changes there are in all
 * @param reaches each column's latency reach, in column order
 * @param thresholds the round-trip thresholds and the distances they stand for
 */
public record AtlasPage(List<Column> columns, WorldMap map, List<ContinentGroup> continents,
		List<RegionCounts> counts, List<FormerRegion> former, List<HistoryEntry> history, int historyTotal,
		List<ProviderReach> reaches, LatencyModel latency, List<Threshold> thresholds, Metros.Source metroSource,
		int metroCount) {

	/** The changes an overview lists; the rest are a link away. */
	static final int OVERVIEW_HISTORY = 8;

	/** The page of these providers; citations are dated against {@code citations}' today. */
	static AtlasPage of(List<ProviderProfile> shown, List<Citations> citations, WorldMap map,
			List<ProviderReach> reaches, LatencyModel latency, Metros metros) {
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			ProviderProfile profile = shown.get(i);
			columns.add(new Column(profile.slug(), profile.name(), map.legend().get(i).style(),
					citations.get(i).of(profile.regions())));
		}
		boolean overview = map.byPlace();
		List<HistoryEntry> history = history(shown, citations);
		return new AtlasPage(columns, map, overview ? List.of() : continents(columns, shown),
				counts(columns, shown), overview ? List.of() : former(shown, citations),
				overview ? history.subList(0, Math.min(OVERVIEW_HISTORY, history.size())) : history, history.size(),
				reaches, latency, thresholds(latency), metros.source(), metros.size());
	}

	/** Whether the page is an overview of many providers rather than the detail of a few. */
	public boolean overview() {
		return this.map.byPlace();
	}

	/** The continents where some provider shown has a current region, in catalog order. */
	public List<Continent> countedContinents() {
		return java.util.Arrays.stream(Continent.values())
			.filter((c) -> this.counts.stream().anyMatch((r) -> r.count(c) > 0))
			.toList();
	}

	/** Each provider's current regions per continent, its former regions, and those without coordinates. */
	static List<RegionCounts> counts(List<Column> columns, List<ProviderProfile> shown) {
		List<RegionCounts> counts = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			List<Region> current = RegionAtlas.currentRegions(shown.get(i));
			java.util.Map<Continent, Integer> byContinent = new java.util.EnumMap<>(Continent.class);
			current.forEach((r) -> byContinent.merge(r.continent(), 1, Integer::sum));
			int former = shown.get(i).regions().list().size() - current.size();
			int unmapped = (int) current.stream().filter((r) -> !RegionAtlas.mapped(r)).count();
			counts.add(new RegionCounts(columns.get(i), byContinent, current.size(), former, unmapped));
		}
		return counts;
	}

	/**
	 * The current regions of the providers shown, by continent (catalog order), one row per provider in the order
	 * shown: a table as wide as a phone whatever the number of providers. Regions are by country, then city.
	 */
	static List<ContinentGroup> continents(List<Column> columns, List<ProviderProfile> shown) {
		List<ContinentGroup> groups = new ArrayList<>();
		for (Continent continent : Continent.values()) {
			List<ProviderRegions> rows = new ArrayList<>();
			for (int i = 0; i < shown.size(); i++) {
				List<Region> regions = RegionAtlas.currentRegions(shown.get(i)).stream()
					.filter((r) -> r.continent() == continent)
					.sorted(Comparator.comparing((Region r) -> r.country().strip().toLowerCase(Locale.ROOT))
						.thenComparing((Region r) -> r.city().strip().toLowerCase(Locale.ROOT)))
					.toList();
				if (!regions.isEmpty()) {
					rows.add(new ProviderRegions(columns.get(i), regions));
				}
			}
			if (!rows.isEmpty()) {
				groups.add(new ContinentGroup(continent, rows));
			}
		}
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

	/** A continent's current regions, one row per provider that has some there. */
	public record ContinentGroup(Continent continent, List<ProviderRegions> rows) {

		public int regionCount() {
			return this.rows.stream().mapToInt((r) -> r.regions().size()).sum();
		}
	}

	/** A provider's current regions on one continent. */
	public record ProviderRegions(Column provider, List<Region> regions) {
	}

	/**
	 * How many regions a provider has, by continent.
	 *
	 * @param current its current regions in all
	 * @param former its deprecated, removed and edge-only regions
	 * @param unmapped its current regions without coordinates
	 */
	public record RegionCounts(Column provider, java.util.Map<Continent, Integer> byContinent, int current,
			int former, int unmapped) {

		public int count(Continent continent) {
			return this.byContinent.getOrDefault(continent, 0);
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

}
