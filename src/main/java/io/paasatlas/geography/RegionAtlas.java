package io.paasatlas.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.paasatlas.catalog.LoadedCatalog;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.pricing.CostModel;
import io.paasatlas.geography.ProviderReach.MetroLatency;

import org.springframework.stereotype.Service;

/**
 * The regions atlas as other features use it: each provider's latency reach, the map, and the answer for an
 * audience. Profiles come from the validated catalog read at start-up ({@link LoadedCatalog}, the same documents the
 * database is seeded from), so that the provider page and the comparison can show reach figures without the
 * provider feature and this one depending on each other. The computations are cheap (a hundred metros times a few
 * dozen regions) and are done on each call.
 */
@Service
public class RegionAtlas {

	private final List<ProviderProfile> providers;

	private final Metros metros;

	private final ReachCalculator reach;

	private final RegionChooser chooser;

	private final MachineCost cost;

	private final MapBuilder map;

	RegionAtlas(LoadedCatalog catalog, Metros metros, LatencyModel latency, LandOutline land) {
		this.providers = catalog.profiles().stream()
			.sorted(Comparator.comparing(ProviderProfile::name).thenComparing(ProviderProfile::slug))
			.toList();
		this.metros = metros;
		this.reach = new ReachCalculator(latency);
		this.chooser = new RegionChooser(latency);
		this.cost = new MachineCost(new CostModel());
		this.map = new MapBuilder(MapProjection.WORLD, land);
	}

	/** Every provider of the catalog, by name. */
	public List<ProviderProfile> providers() {
		return this.providers;
	}

	public Optional<ProviderProfile> provider(String slug) {
		return this.providers.stream().filter((p) -> p.slug().equals(slug)).findFirst();
	}

	public Metros metros() {
		return this.metros;
	}

	public LatencyModel latency() {
		return this.reach.model();
	}

	/** How close the provider's current regions are to the metros. */
	public ProviderReach reach(ProviderProfile profile) {
		return this.reach.reach(profile, this.metros.metros());
	}

	/** The reach of the catalog's provider with this slug, if there is one. */
	public Optional<ProviderReach> reach(String slug) {
		return provider(slug).map(this::reach);
	}

	/** The map of these providers' regions and the metros. */
	public WorldMap map(List<ProviderProfile> shown) {
		List<Integer> positions = shown.stream().map(this::position).toList();
		return this.map.build(shown, positions, this.metros.metros());
	}

	/** A provider's place in the catalog's order, which fixes its marker style. */
	int position(ProviderProfile profile) {
		for (int i = 0; i < this.providers.size(); i++) {
			if (this.providers.get(i).slug().equals(profile.slug())) {
				return i;
			}
		}
		return this.providers.size();
	}

	/** The provider's current regions, mapped or not. */
	public static List<Region> currentRegions(ProviderProfile profile) {
		return ReachCalculator.current(profile);
	}

	/** Whether the region has coordinates, so that it can be drawn and measured. */
	public static boolean mapped(Region region) {
		return ReachCalculator.hasCoordinates(region);
	}

	/** Each provider's answer for the audience, in catalog order. */
	public List<AudiencePlan> plans(Audience audience, int withinMs, double goal) {
		List<AudiencePlan> plans = new ArrayList<>();
		for (ProviderProfile profile : this.providers) {
			plans.add(plan(profile, audience, withinMs, goal));
		}
		return plans;
	}

	AudiencePlan plan(ProviderProfile profile, Audience audience, int withinMs, double goal) {
		List<Region> current = ReachCalculator.current(profile);
		List<Region> mapped = current.stream().filter(ReachCalculator::hasCoordinates).toList();
		List<Region> unmapped = current.stream().filter((r) -> !ReachCalculator.hasCoordinates(r)).toList();
		List<MetroLatency> latencies = new ArrayList<>();
		double expected = 0;
		double within = 0;
		for (Audience.Member member : audience.members()) {
			Optional<MetroLatency> nearest = this.reach.nearest(mapped, member.metro());
			if (nearest.isPresent()) {
				latencies.add(nearest.get());
				expected += member.share() * nearest.get().rttMs();
				if (nearest.get().rttMs() <= withinMs) {
					within += member.share();
				}
			}
		}
		MetroLatency worst = latencies.stream().max(Comparator.comparingDouble(MetroLatency::rttMs)).orElse(null);
		RegionChoice choice = this.chooser.choose(mapped, audience, withinMs, goal);
		MachineCost.Priced priced = this.cost.price(profile, choice.regions());
		return new AudiencePlan(profile.slug(), profile.name(), latencies.isEmpty() ? null : expected, within, worst,
				latencies, choice, priced.estimate(), priced.machines(), unmapped);
	}

}
