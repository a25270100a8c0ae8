package io.paasatlas.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.paasatlas.catalog.Citation;
import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.Continent;
import io.paasatlas.catalog.FeatureKey;
import io.paasatlas.catalog.FreeTierStatus;
import io.paasatlas.catalog.Price;
import io.paasatlas.catalog.PricingModel;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Charge;
import io.paasatlas.catalog.ProviderProfile.ComputeOffer;
import io.paasatlas.catalog.ProviderProfile.Point;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.catalog.ProviderProfile.RegionCount;
import io.paasatlas.catalog.RegionStatus;
import io.paasatlas.catalog.Sourced;
import io.paasatlas.comparison.ComparisonTable.Best;
import io.paasatlas.comparison.ComparisonTable.Cell;
import io.paasatlas.comparison.ComparisonTable.Item;
import io.paasatlas.geography.ProviderReach;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rows of the comparison, in page order: the one place that says what is compared. Each row has an id, the
 * message key of its label, how its values compare, and a method that reads one provider's cell from its profile.
 * <ul>
 * <li>{@code fact}: values are compared; rows whose values differ are marked.</li>
 * <li>{@code lowest} / {@code highest}: a fact whose cells carry a figure; the lowest (prices) or highest (regions)
 * is marked best.</li>
 * <li>{@code prose}: text that always differs (pros, verdicts); shown side by side, never marked.</li>
 * </ul>
 * A new row (region reach, an estimated cost) is one more line in {@link #SECTIONS} and one method reading its cell.
 */
final class ComparisonRows {

	static final List<SectionSpec> SECTIONS = List.of(
			section("pricing", "pricing",
					fact("pricing-model", "compare.row.pricingModel", ComparisonRows::pricingModel),
					fact("billing-granularity", "compare.row.billingGranularity", ComparisonRows::billingGranularity),
					lowest("cheapest-always-on", "compare.row.cheapestAlwaysOn", ComparisonRows::cheapestAlwaysOn),
					lowest("storage", "compare.row.storage", (f) -> charge(f, f.profile().pricing().storage())),
					lowest("egress", "compare.row.egress", (f) -> charge(f, f.profile().pricing().egress())),
					fact("free-tier", "compare.row.freeTier", ComparisonRows::freeTier)),
			section("regions", "regions",
					highest("region-count", "compare.row.regionCount", ComparisonRows::regionCount),
					highest("continents", "compare.row.continents", ComparisonRows::continents),
					highest("reach-metros-100", "compare.row.reachMetros", ComparisonRows::reachMetros),
					highest("reach-population-100", "compare.row.reachPopulation", ComparisonRows::reachPopulation),
					prose("reach-worst", "compare.row.reachWorst", ComparisonRows::reachWorst)),
			section("deployment", "deployment",
					fact("deployment-methods", "compare.row.methods", ComparisonRows::methods),
					fact("cli", "compare.row.cli", ComparisonRows::cli),
					fact("first-deploy", "compare.row.firstDeploy", ComparisonRows::firstDeploy)),
			section("features", "features", features()),
			section("languages", "python",
					fact("python", "compare.row.python", ComparisonRows::python)),
			section("assessment", "pros-cons",
					prose("pros", "compare.row.pros", (f) -> points(f, f.profile().pros())),
					prose("cons", "compare.row.cons", (f) -> points(f, f.profile().cons())),
					prose("best-for", "compare.row.bestFor", ComparisonRows::bestFor),
					prose("verdict", "compare.row.verdict", ComparisonRows::verdict)));

	private ComparisonRows() {
	}

	/** One row per standard feature, in the catalog's feature order; the label is the feature's own message. */
	private static List<RowSpec> features() {
		List<RowSpec> rows = new ArrayList<>();
		for (FeatureKey key : FeatureKey.values()) {
			rows.add(fact("feature-" + key.key(), "feature." + key.key(), (f) -> feature(f, key)));
		}
		return rows;
	}

	// Pricing

	static Cell pricingModel(Facts f) {
		PricingModel model = f.profile().pricing().model();
		if (model == PricingModel.UNKNOWN) {
			return Cell.UNKNOWN;
		}
		return Cell.of(Item.message("pricingModel." + model.key()).withCitation(f.cite(f.profile().pricing())));
	}

	static Cell billingGranularity(Facts f) {
		ProviderProfile.Pricing pricing = f.profile().pricing();
		return Cell.of(Item.text(pricing.billingGranularity()).withCitation(f.cite(pricing)));
	}

	/**
	 * The lowest monthly price of an offer that stays on without traffic, from a verified source: the rule of the
	 * catalog table's "cheapest always-on" column, with the offer it comes from and its citation.
	 */
	static Cell cheapestAlwaysOn(Facts f) {
		ProviderProfile.Pricing pricing = f.profile().pricing();
		ComputeOffer cheapest = pricing.computeOffers()
			.stream()
			.filter(ComputeOffer::isAlwaysOn)
			.filter((offer) -> offer.monthlyUsd().known())
			.filter((offer) -> !f.citations()
				.isUnverified((offer.source() != null) ? offer.source() : pricing.source()))
			.min(Comparator.comparing((ComputeOffer offer) -> offer.monthlyUsd().min()))
			.orElse(null);
		if (cheapest == null) {
			return Cell.UNKNOWN;
		}
		Item item = new Item(null, cheapest.monthlyUsd(), null, "compare.perMonth", List.of(), offer(cheapest),
				cheapest.note(), f.cite(cheapest, pricing));
		return Cell.of(item).withFigure(cheapest.monthlyUsd().min()).sameAs(same(cheapest.monthlyUsd()));
	}

	/** "shared-cpu-1x, 256 MB, sjc": the preset and what the source says of its size and region. */
	private static String offer(ComputeOffer offer) {
		StringBuilder text = new StringBuilder(offer.preset());
		if (offer.memoryMb() != null) {
			text.append(", ").append(offer.memoryMb()).append(" MB");
		}
		if (offer.region() != null) {
			text.append(", ").append(offer.region());
		}
		return text.toString();
	}

	/**
	 * The profile's first charge of a kind (its main volume storage, its internet egress) at its newest citation,
	 * since several entries of one charge are its price history. Other charges are counted, for a link to the
	 * provider page. The figure is the price's lower bound.
	 */
	static Cell charge(Facts f, List<Charge> charges) {
		if (charges.isEmpty()) {
			return Cell.UNKNOWN;
		}
		ProviderProfile.Pricing pricing = f.profile().pricing();
		Charge first = charges.get(0);
		Charge current = charges.stream()
			.filter((c) -> c.what().equalsIgnoreCase(first.what()) && Objects.equals(c.group(), first.group()))
			.max(Comparator.comparing((Charge c) -> f.cite(c, pricing).asOf(),
					Comparator.nullsFirst(Comparator.naturalOrder())))
			.orElse(first);
		long sameCharge = charges.stream()
			.filter((c) -> c.what().equalsIgnoreCase(first.what()) && Objects.equals(c.group(), first.group()))
			.count();
		String what = (current.group() != null) ? current.what() + " (" + current.group() + ")" : current.what();
		Item item = Item.price(current.priceUsd(), current.unit()).withText(what).withCitation(f.cite(current, pricing));
		return Cell.of(item)
			.withFigure(current.priceUsd().min())
			.withMore((int) (charges.size() - sameCharge))
			.sameAs(same(current.priceUsd()));
	}

	static Cell freeTier(Facts f) {
		ProviderProfile.FreeTier tier = f.profile().pricing().freeTier();
		if (tier.status() == FreeTierStatus.UNKNOWN) {
			return Cell.UNKNOWN;
		}
		String status = "freeTier." + tier.status().key();
		Item item = (tier.since() != null)
				? Item.message("compare.freeTier.since", label(status), tier.since().text())
				: Item.message(status);
		return Cell.of(item.withDetail(tier.details()).withCitation(f.cite(tier, f.profile().pricing())))
			.sameAs(tier.status().key());
	}

	// Regions

	/**
	 * Regions that host new apps today, counted from the region list; a profile without a list shows its newest
	 * stated count ("30+").
	 */
	static Cell regionCount(Facts f) {
		ProviderProfile.Regions regions = f.profile().regions();
		List<Region> current = current(regions);
		if (!current.isEmpty()) {
			int count = current.size();
			return Cell.of(Item.message("compare.regions.count", count).withCitation(regionCitation(f, count)))
				.withFigure(BigDecimal.valueOf(count));
		}
		RegionCount newest = regions.counts().stream().max(Comparator.comparing(RegionCount::asOf)).orElse(null);
		if (newest == null) {
			return Cell.UNKNOWN;
		}
		String key = Boolean.TRUE.equals(newest.atLeast()) ? "compare.regions.atLeast" : "compare.regions.count";
		return Cell.of(Item.message(key, newest.count()).withCitation(f.cite(newest, regions)))
			.withFigure(BigDecimal.valueOf(newest.count()));
	}

	/** The continents of the current regions, in the catalog's continent order; the figure is how many. */
	static Cell continents(Facts f) {
		List<Region> current = current(f.profile().regions());
		if (current.isEmpty()) {
			return Cell.UNKNOWN;
		}
		Set<Continent> continents = EnumSet.noneOf(Continent.class);
		current.forEach((r) -> continents.add(r.continent()));
		List<Item> names = continents.stream().map((c) -> Item.message("continent." + c.key())).toList();
		return Cell.of(Item.message("compare.continents.count", continents.size()))
			.withItems(names)
			.withCitation(regionCitation(f, current.size()))
			.withFigure(BigDecimal.valueOf(continents.size()))
			.sameAs(continents.stream().map(Continent::key).collect(Collectors.joining(",")));
	}

	private static List<Region> current(ProviderProfile.Regions regions) {
		return regions.list().stream().filter((r) -> r.effectiveStatus() == RegionStatus.CURRENT).toList();
	}

	/**
	 * The newest stated count that equals the list's (it dates the list), else the regions section's citation.
	 */
	private static Citation regionCitation(Facts f, int count) {
		ProviderProfile.Regions regions = f.profile().regions();
		return regions.counts()
			.stream()
			.filter((c) -> c.count() == count)
			.max(Comparator.comparing(RegionCount::asOf))
			.map((c) -> f.cite(c, regions))
			.orElseGet(() -> f.cite(regions));
	}

	// Deployment

	static Cell methods(Facts f) {
		ProviderProfile.Deployment deployment = f.profile().deployment();
		return Cell.list(deployment.methods()
			.stream()
			.map((m) -> Item.support(m.support().key(), m.name()).withCitation(f.cite(m, deployment)))
			.toList());
	}

	static Cell cli(Facts f) {
		ProviderProfile.Deployment deployment = f.profile().deployment();
		if (deployment.cli() == null) {
			return Cell.UNKNOWN;
		}
		return Cell.of(Item.text(deployment.cli().name())
			.withDetail(deployment.cli().detail())
			.withCitation(f.cite(deployment)));
	}

	static Cell firstDeploy(Facts f) {
		ProviderProfile.Deployment deployment = f.profile().deployment();
		if (deployment.firstDeployTime() == null || deployment.firstDeployTime().isBlank()) {
			return Cell.UNKNOWN;
		}
		return Cell.of(Item.text(deployment.firstDeployTime()).withCitation(f.cite(deployment)));
	}

	// Features and languages: compared by support level; the summary says what it means

	static Cell feature(Facts f, FeatureKey key) {
		ProviderProfile.Feature feature = f.profile()
			.features()
			.stream()
			.filter((x) -> x.key() == key)
			.findFirst()
			.orElse(null);
		if (feature == null) {
			return Cell.UNKNOWN;
		}
		return Cell.of(Item.support(feature.support().key(), feature.summary()).withCitation(f.cite(feature)))
			.sameAs(feature.support().key());
	}

	static Cell python(Facts f) {
		ProviderProfile.LanguageSupport python = f.profile().python();
		if (python == null) {
			return Cell.UNKNOWN;
		}
		return Cell.of(Item.support(python.support().key(), python.summary()).withCitation(f.cite(python)))
			.sameAs(python.support().key());
	}

	// Assessment

	/** The points' titles, each with its citation; the details are on the provider page. */
	static Cell points(Facts f, List<Point> points) {
		return Cell.list(points.stream().map((p) -> Item.text(p.title()).withCitation(f.cite(p))).toList());
	}

	/** The verdict's "best for", or else the profile's "ideal for" points. */
	static Cell bestFor(Facts f) {
		ProviderProfile.Verdict verdict = f.profile().verdict();
		if (!verdict.bestFor().isEmpty()) {
			return Cell.list(verdict.bestFor().stream().map(Item::text).toList()).withCitation(f.cite(verdict));
		}
		return points(f, f.profile().idealFor());
	}

	static Cell verdict(Facts f) {
		ProviderProfile.Verdict verdict = f.profile().verdict();
		return Cell.of(Item.text(verdict.summary()).withCitation(f.cite(verdict)));
	}

	// Latency reach (estimated by the regions atlas: see /regions#reach for the model and its assumptions)

	/** The share of the atlas's metro areas within 100 ms of a current region; the figure is the percentage. */
	static Cell reachMetros(Facts f) {
		ProviderReach.Share share = within100(f);
		if (share == null) {
			return Cell.UNKNOWN;
		}
		Item item = Item.message("compare.reach.metros", plain(share.metroPercent()), share.metroCount());
		return partial(Cell.of(item), f).withFigure(share.metroPercent());
	}

	/** The share of the metro areas' population within 100 ms; the figure is the percentage. */
	static Cell reachPopulation(Facts f) {
		ProviderReach.Share share = within100(f);
		if (share == null) {
			return Cell.UNKNOWN;
		}
		Item item = Item.message("compare.reach.population", plain(share.populationPercent()));
		return partial(Cell.of(item), f).withFigure(share.populationPercent());
	}

	/** The metro area with the longest round trip to its nearest region. */
	static Cell reachWorst(Facts f) {
		ProviderReach.MetroLatency worst = (f.reach() != null) ? f.reach().worstServed() : null;
		if (worst == null) {
			return Cell.UNKNOWN;
		}
		return Cell.of(Item.message("compare.reach.worst", worst.metro().label(), worst.ms(), worst.region().code()));
	}

	private static ProviderReach.@Nullable Share within100(Facts f) {
		return (f.reach() != null && f.reach().available()) ? f.reach().within(100) : null;
	}

	/** Says when regions without coordinates were left out, so that the figure understates the reach. */
	private static Cell partial(Cell cell, Facts f) {
		if (f.reach() == null || !f.reach().partial()) {
			return cell;
		}
		return cell.withItems(List.of(Item.message("compare.reach.partial", f.reach().unmapped().size())));
	}

	private static String plain(BigDecimal percent) {
		return percent.stripTrailingZeros().toPlainString();
	}

	// Building blocks

	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

	/** A price as compared: its bounds, so that "0.15" and "0.150" are the same and "~2-3" is not "2". */
	private static String same(Price price) {
		return price.known()
				? price.lower().stripTrailingZeros().toPlainString() + "-" + price.upper().stripTrailingZeros().toPlainString()
				: "unknown";
	}

	private static SectionSpec section(String id, String anchor, RowSpec... rows) {
		return section(id, anchor, List.of(rows));
	}

	private static SectionSpec section(String id, String anchor, List<RowSpec> rows) {
		return new SectionSpec(id, "compare.section." + id, anchor, rows);
	}

	private static RowSpec fact(String id, String label, Function<Facts, Cell> cell) {
		return new RowSpec(id, label, Best.NONE, true, cell);
	}

	private static RowSpec lowest(String id, String label, Function<Facts, Cell> cell) {
		return new RowSpec(id, label, Best.LOWEST, true, cell);
	}

	private static RowSpec highest(String id, String label, Function<Facts, Cell> cell) {
		return new RowSpec(id, label, Best.HIGHEST, true, cell);
	}

	private static RowSpec prose(String id, String label, Function<Facts, Cell> cell) {
		return new RowSpec(id, label, Best.NONE, false, cell);
	}

	/**
	 * A section of rows.
	 *
	 * @param anchor the section of the provider page with the details
	 */
	record SectionSpec(String id, String label, String anchor, List<RowSpec> rows) {

		SectionSpec {
			rows = List.copyOf(rows);
		}
	}

	/**
	 * A row: how to read a provider's cell, and how cells compare.
	 *
	 * @param compared whether differences are marked ({@code false} for prose)
	 */
	record RowSpec(String id, String label, Best best, boolean compared, Function<Facts, Cell> cell) {
	}

	/**
	 * One provider's profile with its citations (inherited sources and dates, staleness) and its latency reach from
	 * the regions atlas ({@code null} when there is none to show).
	 */
	record Facts(ProviderProfile profile, Citations citations, @Nullable ProviderReach reach) {

		Facts(ProviderProfile profile, Citations citations) {
			this(profile, citations, null);
		}

		Citation cite(@Nullable Sourced fact, @Nullable Sourced... sections) {
			return this.citations.of(fact, sections);
		}
	}

}
