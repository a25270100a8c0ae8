package io.paasatlas.estimate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import io.paasatlas.estimate.EstimateResults.GrowthRow;
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
 */
@Service
class Estimator {

	static final int GROWTH_FROM = 1;

	static final int GROWTH_TO = 20;

	private final ProviderCatalog catalog;

	private final CatalogProperties properties;

	private final Clock clock;

	private final CostModel model = new CostModel();

	Estimator(ProviderCatalog catalog, CatalogProperties properties, Clock clock) {
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
	}

	EstimateResults estimate(EstimateForm form) {
		List<Provider> all = this.catalog.all();
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < all.size(); i++) {
			positions.put(all.get(i).getSlug(), i);
		}
		List<String> slugs = form.providerSlugs().isEmpty() ? all.stream().map(Provider::getSlug).toList()
				: form.providerSlugs();
		Workload workload = form.toWorkload();
		WorkloadPreset preset = form.matchingPreset().orElse(null);
		LocalDate today = LocalDate.now(this.clock);

		List<Priced> priced = new ArrayList<>();
		for (ProviderProfile profile : this.catalog.profiles(slugs)) {
			priced.add(new Priced(profile, this.model.estimate(profile, workload),
					SvgCharts.Style.of(positions.getOrDefault(profile.slug(), priced.size()))));
		}
		priced.sort(CHEAPEST_FIRST);

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

		// the charts share one axis in US dollars: totals in other currencies are listed, not drawn
		SvgCharts.BarChart bars = SvgCharts.bars(priced.stream()
			.filter((p) -> p.estimate().currency() == Currency.USD)
			.map((p) -> new SvgCharts.BarValue(p.profile().name(), p.style(), p.estimate().total(),
					p.estimate().confidence()))
			.toList());
		return growth(form, workload, preset, priced, results, bars);
	}

	/** The growth chart and its table: the same workload with 1 to 20 instances per region. */
	private EstimateResults growth(EstimateForm form, Workload workload, @Nullable WorkloadPreset preset,
			List<Priced> priced, List<ProviderResult> results, SvgCharts.BarChart bars) {
		List<Workload> sizes = new ArrayList<>();
		for (int n = GROWTH_FROM; n <= GROWTH_TO; n++) {
			sizes.add(form.toWorkload(n));
		}
		List<SvgCharts.SeriesValues> series = new ArrayList<>();
		List<List<Cell>> columns = new ArrayList<>();
		List<Priced> charted = priced.stream().filter((p) -> p.estimate().currency() == Currency.USD).toList();
		for (Priced p : charted) {
			List<BigDecimal> totals = new ArrayList<>();
			List<Confidence> confidences = new ArrayList<>();
			List<Cell> cells = new ArrayList<>();
			for (Workload size : sizes) {
				Estimate estimate = this.model.estimate(p.profile(), size);
				totals.add(estimate.total());
				confidences.add(estimate.confidence());
				cells.add(new Cell(money(estimate, estimate.total()), estimate.confidence()));
			}
			series.add(new SvgCharts.SeriesValues(p.profile().name(), p.style(), totals, confidences));
			columns.add(cells);
		}
		List<GrowthRow> rows = new ArrayList<>();
		for (int i = 0; i < sizes.size(); i++) {
			int row = i;
			rows.add(new GrowthRow(GROWTH_FROM + i, columns.stream().map((c) -> c.get(row)).toList()));
		}
		int instances = workload.services().get(0).count();
		SvgCharts.LineChart lines = SvgCharts.lines(series, GROWTH_FROM,
				(instances <= GROWTH_TO) ? instances : null);
		GrowthTable table = new GrowthTable(charted.stream().map((p) -> p.profile().name()).toList(), rows);
		List<String> notCharted = priced.stream().filter((p) -> p.estimate().currency() != Currency.USD)
			.map((p) -> p.profile().name() + " (" + p.estimate().currency().code() + ")").toList();
		return new EstimateResults(workload, preset, results, bars, lines, table, notCharted);
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
		.thenComparing((Priced p) -> p.estimate().total(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing((Priced p) -> p.profile().name(), String.CASE_INSENSITIVE_ORDER);

	private record Priced(ProviderProfile profile, Estimate estimate, SvgCharts.Style style) {
	}

}
