package io.paasatlas.estimate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.paasatlas.catalog.CatalogProperties;
import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.CostCategory;
import io.paasatlas.catalog.Currency;
import io.paasatlas.catalog.Price;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.CostExample;
import io.paasatlas.estimate.EstimateResults.Cell;
import io.paasatlas.estimate.EstimateResults.CitedNote;
import io.paasatlas.estimate.EstimateResults.Difference;
import io.paasatlas.estimate.EstimateResults.GrowthLine;
import io.paasatlas.estimate.EstimateResults.GrowthTable;
import io.paasatlas.estimate.EstimateResults.Line;
import io.paasatlas.estimate.EstimateResults.ProviderResult;
import io.paasatlas.estimate.EstimateResults.SeedComparison;
import io.paasatlas.estimate.EstimateResults.SeedRow;
import io.paasatlas.pricing.CostModel;
import io.paasatlas.pricing.Estimate;
import io.paasatlas.pricing.Estimate.LineItem;
import io.paasatlas.pricing.Confidence;
import io.paasatlas.pricing.Money;
import io.paasatlas.pricing.Workload;
import io.paasatlas.provider.Provider;
import io.paasatlas.provider.ProviderCatalog;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Runs the {@link CostModel} for a valid form on every provider asked for, and turns the estimates into what the page
 * shows: cheapest first, each line with its citation, the seed's published estimate beside the computed one, and
 * the two charts (the second runs the model again for 1 to {@value #GROWTH_TO} instances per region).
 * <p>
 * Each provider's colour, marker and dash follow its rank, so that the lines of the growth chart, the
 * {@value #GROWTH_LINES} cheapest, never share a colour; its table gives every provider at a few sizes.
 */
@Service
class Estimator {

	static final int GROWTH_FROM = 1;

	static final int GROWTH_TO = 20;

	/** The growth chart's lines: more cannot be told apart (and as many colours as the charts have). */
	static final int GROWTH_LINES = 8;

	/** The sizes the growth table shows (besides the workload's own), and where the chart's lines have markers. */
	static final List<Integer> GROWTH_SIZES = List.of(1, 2, 5, 10, 20);

	private final ProviderCatalog catalog;

	private final CatalogProperties properties;

	private final Clock clock;

	private final CostModel model = new CostModel();

	Estimator(ProviderCatalog catalog, CatalogProperties properties, Clock clock) {
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
	}

	/** The page: every provider's estimate with the charts and the growth table. */
	EstimateResults page(EstimateForm form) {
		Pricing pricing = price(form);
		// the charts share one axis in US dollars: totals in other currencies are listed, not drawn; so are totals
		// without a compute price, whose bar would read as the cheapest
		SvgCharts.BarChart bars = SvgCharts.bars(pricing.priced().stream()
			.filter((p) -> p.estimate().currency() == Currency.USD && drawable(p.estimate()))
			.map((p) -> new SvgCharts.BarValue(p.profile().name(), p.style(), p.estimate().total(),
					p.estimate().confidence()))
			.toList());
		return growth(form, pricing.workload(), pricing.preset(), pricing.priced(), pricing.results(), bars);
	}

	/** Every provider's estimate, cheapest first, with its lines and citations: what the API and the CSV need. */
	Pricing price(EstimateForm form) {
		List<String> slugs = form.providerSlugs().isEmpty()
				? this.catalog.all().stream().map(Provider::getSlug).toList() : form.providerSlugs();
		Workload workload = form.toWorkload();
		WorkloadPreset preset = form.matchingPreset().orElse(null);
		LocalDate today = LocalDate.now(this.clock);

		List<Priced> unsorted = new ArrayList<>();
		for (ProviderProfile profile : this.catalog.profiles(slugs)) {
			unsorted.add(new Priced(profile, this.model.estimate(profile, workload), SvgCharts.Style.of(0)));
		}
		unsorted.sort(CHEAPEST_FIRST);
		List<Priced> priced = new ArrayList<>();
		for (Priced p : unsorted) {
			priced.add(new Priced(p.profile(), p.estimate(), SvgCharts.Style.of(priced.size())));
		}

		List<ProviderResult> results = new ArrayList<>();
		for (Priced p : priced) {
			Citations citations = new Citations(p.profile(), this.properties.staleAfter(), today);
			List<Line> lines = p.estimate().lines().stream().map((l) -> line(l, p.estimate(), p.profile(), citations))
				.toList();
			SeedComparison seed = (preset != null) ? seed(p, preset, lines, citations) : null;
			Estimate e = p.estimate();
			results.add(new ProviderResult(results.size() + 1, e, p.style(), money(e, e.total()), money(e, e.ceiling()), lines,
					cited(e.decisions(), p.profile(), citations), cited(e.blockers(), p.profile(), citations), seed));
		}
		return new Pricing(workload, preset, priced, results);
	}

	/**
	 * The growth chart and its table: the same workload with 1 to 20 instances per region. The chart draws the
	 * {@value #GROWTH_LINES} cheapest providers that can run some size; the table lists every provider priced in
	 * dollars at {@link #GROWTH_SIZES} and the workload's own size.
	 */
	private EstimateResults growth(EstimateForm form, Workload workload, @Nullable WorkloadPreset preset,
			List<Priced> priced, List<ProviderResult> results, SvgCharts.BarChart bars) {
		int instances = workload.services().get(0).count();
		java.util.SortedSet<Integer> sizes = new java.util.TreeSet<>(GROWTH_SIZES);
		if (instances >= GROWTH_FROM && instances <= GROWTH_TO) {
			sizes.add(instances);
		}
		List<Workload> workloads = new ArrayList<>();
		for (int n = GROWTH_FROM; n <= GROWTH_TO; n++) {
			workloads.add(form.toWorkload(n));
		}
		List<SvgCharts.SeriesValues> series = new ArrayList<>();
		List<GrowthLine> table = new ArrayList<>();
		for (Priced p : priced.stream().filter((p) -> p.estimate().currency() == Currency.USD).toList()) {
			List<BigDecimal> totals = new ArrayList<>();
			List<Confidence> confidences = new ArrayList<>();
			List<Cell> cells = new ArrayList<>();
			for (int n = GROWTH_FROM; n <= GROWTH_TO; n++) {
				Estimate estimate = this.model.estimate(p.profile(), workloads.get(n - GROWTH_FROM));
				totals.add(estimate.total());
				confidences.add(estimate.confidence());
				if (sizes.contains(n)) {
					cells.add(new Cell(money(estimate, estimate.total()), estimate.confidence()));
				}
			}
			table.add(new GrowthLine(p.profile().slug(), p.profile().name(), p.style(), cells));
			if (series.size() < GROWTH_LINES && drawable(p.estimate()) && totals.stream().anyMatch(Objects::nonNull)) {
				series.add(new SvgCharts.SeriesValues(p.profile().name(), p.style(), totals, confidences));
			}
		}
		SvgCharts.LineChart lines = SvgCharts.lines(series, GROWTH_FROM,
				(instances <= GROWTH_TO) ? instances : null);
		List<String> notCharted = priced.stream().filter((p) -> p.estimate().currency() != Currency.USD)
			.map((p) -> p.profile().name() + " (" + p.estimate().currency().code() + ")").toList();
		List<String> unpriced = priced.stream().filter((p) -> !drawable(p.estimate()))
			.map((p) -> p.profile().name()).toList();
		return new EstimateResults(workload, preset, results, bars, lines,
				new GrowthTable(List.copyOf(sizes), table), notCharted, unpriced);
	}

	/** Whether a chart can draw the estimate: it cannot run (drawn as such) or its compute has a price. */
	private static boolean drawable(Estimate estimate) {
		return !estimate.available() || estimate.computePriced();
	}

	private static Line line(LineItem item, Estimate estimate, ProviderProfile profile, Citations citations) {
		return new Line(item, Money.quantity(item.quantity()),
				(item.unitPrice() != null) ? Money.unit(item.unitPrice(), estimate.currency()) : null,
				money(estimate, item.monthly()),
				(item.fact() != null) ? citations.of(item.fact(), profile.billing()) : null,
				(item.allowance() != null) ? citations.of(item.allowance(), profile.billing()) : null);
	}

	private static List<CitedNote> cited(List<Estimate.Note> notes, ProviderProfile profile, Citations citations) {
		return notes.stream()
			.map((n) -> new CitedNote(n.text(), (n.fact() != null) ? citations.of(n.fact(), profile.billing()) : null))
			.toList();
	}

	private static @Nullable String money(Estimate estimate, @Nullable BigDecimal amount) {
		return (amount != null) ? estimate.money(amount) : null;
	}

	// --- the published estimate beside the computed one ----------------------------------------------------------

	/** The profile's cost example with the preset's id, compared kind of cost by kind of cost. */
	private static @Nullable SeedComparison seed(Priced p, WorkloadPreset preset, List<Line> lines,
			Citations citations) {
		CostExample example = p.profile().pricing().costExamples().stream()
			.filter((e) -> e.id().equals(preset.key()))
			.findFirst()
			.orElse(null);
		if (example == null || p.estimate().total() == null) {
			return null;
		}
		Map<CostCategory, List<ProviderProfile.LineItem>> published = new LinkedHashMap<>();
		for (ProviderProfile.LineItem item : example.lineItems()) {
			published.computeIfAbsent(item.category(), (k) -> new ArrayList<>()).add(item);
		}
		Map<CostCategory, List<Line>> computed = new LinkedHashMap<>();
		for (Line line : lines) {
			computed.computeIfAbsent(line.item().category(), (k) -> new ArrayList<>()).add(line);
		}
		List<SeedRow> rows = new ArrayList<>();
		for (CostCategory category : CostCategory.values()) {
			List<ProviderProfile.LineItem> theirs = published.getOrDefault(category, List.of());
			List<Line> ours = computed.getOrDefault(category, List.of());
			if (theirs.isEmpty() && ours.isEmpty()) {
				continue;
			}
			BigDecimal sum = ours.stream().map((l) -> l.item().monthly()).filter(Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			Price publishedSum = sum(theirs.stream().map(ProviderProfile.LineItem::monthlyUsd).toList());
			rows.add(new SeedRow(category, theirs, theirs.isEmpty() ? "" : Money.price(publishedSum), ours,
					Money.usd(sum), difference(sum, publishedSum)));
		}
		BigDecimal total = p.estimate().total();
		return new SeedComparison(example, citations.of(example, p.profile().pricing()),
				Money.price(example.totalUsd()), Money.usd(total), difference(total, example.totalUsd()), rows);
	}

	/** The sum of published prices: a range if any is, approximate if any is; unknown if any is. */
	static Price sum(List<Price> prices) {
		BigDecimal min = BigDecimal.ZERO;
		BigDecimal max = BigDecimal.ZERO;
		boolean approximate = false;
		for (Price price : prices) {
			if (!price.known()) {
				return Price.UNKNOWN;
			}
			min = min.add(price.min());
			max = max.add(price.max());
			approximate |= price.approximate();
		}
		return new Price(min, max, approximate);
	}

	/** Computed minus published; against a range, from its top to its bottom. */
	static @Nullable Difference difference(BigDecimal computed, Price published) {
		if (!published.known()) {
			return null;
		}
		String low = Money.signedUsd(computed.subtract(published.max()));
		return published.range() ? new Difference(low, Money.signedUsd(computed.subtract(published.min())))
				: new Difference(low, null);
	}

	/**
	 * Those that can run the workload by total (a lower bound counts as its known part), those priced in dollars
	 * first since totals in other currencies are not converted, then those that cannot run, by name.
	 */
	private static final Comparator<Priced> CHEAPEST_FIRST = Comparator
		.comparing((Priced p) -> !p.estimate().available())
		.thenComparing((Priced p) -> p.estimate().currency())
		// a total without a compute price (at least $0.00) says little: after those whose compute is priced
		.thenComparing((Priced p) -> !p.estimate().computePriced())
		.thenComparing((Priced p) -> p.estimate().total(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing((Priced p) -> p.profile().name(), String.CASE_INSENSITIVE_ORDER);

	record Priced(ProviderProfile profile, Estimate estimate, SvgCharts.Style style) {
	}

	/** The estimates of {@link #price}: one per provider, in the page's order. */
	record Pricing(Workload workload, @Nullable WorkloadPreset preset, List<Priced> priced,
			List<ProviderResult> results) {
	}

}
