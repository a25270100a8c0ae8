package io.paasatlas.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.Corrections;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.comparison.ComparisonRows.Facts;
import io.paasatlas.comparison.ComparisonRows.RowSpec;
import io.paasatlas.comparison.ComparisonRows.SectionSpec;
import io.paasatlas.comparison.ComparisonTable.Best;
import io.paasatlas.comparison.ComparisonTable.Cell;
import io.paasatlas.comparison.ComparisonTable.Column;
import io.paasatlas.comparison.ComparisonTable.Row;
import io.paasatlas.comparison.ComparisonTable.Section;
import io.paasatlas.geography.ProviderReach;
import org.jspecify.annotations.Nullable;

/**
 * Turns profiles into a {@link ComparisonTable}: reads each row's cells, marks the rows whose values differ and the
 * best figure of each row of figures. Pure Java: the rows come from {@link ComparisonRows}, the dates from outside.
 * <p>
 * Then it shortens what the cells show, so that the page stays readable and light with rich profiles: a list
 * (deployment methods, pros) shows its first {@value #ITEMS} items and counts the rest for a link to the provider
 * page. A wide table (from {@value #WIDE} providers) shows {@value #WIDE_ITEMS} items of a fact, one of prose, and
 * each feature's support without its summary: six narrow columns of sentences are read on the provider pages.
 * Differences are told on the whole values, before shortening.
 */
final class ComparisonBuilder {

	/** The most items a list cell shows. */
	static final int ITEMS = 3;

	/** From this many providers the table is wide. */
	static final int WIDE = 5;

	/** The most items a list cell of a wide table shows; a prose cell (pros, cons) shows one. */
	static final int WIDE_ITEMS = 2;

	/** The section whose cells a wide table shows as support levels alone. */
	static final String FEATURES = "features";

	private final Period staleAfter;

	private final LocalDate today;

	private final List<SectionSpec> sections;

	private final Function<ProviderProfile, @Nullable ProviderReach> reach;

	ComparisonBuilder(Period staleAfter, LocalDate today) {
		this(staleAfter, today, ComparisonRows.SECTIONS);
	}

	ComparisonBuilder(Period staleAfter, LocalDate today, List<SectionSpec> sections) {
		this(staleAfter, today, sections, (profile) -> null);
	}

	/** @param reach each provider's latency reach from the regions atlas; {@code null} shows it as unknown */
	ComparisonBuilder(Period staleAfter, LocalDate today, List<SectionSpec> sections,
			Function<ProviderProfile, @Nullable ProviderReach> reach) {
		this.staleAfter = staleAfter;
		this.today = today;
		this.sections = sections;
		this.reach = reach;
	}

	/** The table of these profiles, one column each in the order given. */
	ComparisonTable build(List<ProviderProfile> profiles) {
		List<Facts> facts = profiles.stream()
			.map((p) -> new Facts(p, new Citations(p, this.staleAfter, this.today), this.reach.apply(p)))
			.toList();
		List<Column> columns = facts.stream()
			.map((f) -> new Column(f.profile().slug(), f.profile().name(), new Corrections(f.profile().corrections()),
					f.citations()))
			.toList();
		boolean wide = profiles.size() >= WIDE;
		List<Section> sections = this.sections.stream()
			.map((s) -> new Section(s.id(), s.label(), s.anchor(), s.rows().stream()
				.map((r) -> shortened(row(r, facts), wide, s.id().equals(FEATURES)))
				.toList()))
			.toList();
		return new ComparisonTable(columns, sections);
	}

	static Row row(RowSpec spec, List<Facts> facts) {
		List<Cell> cells = facts.stream().map(spec.cell()).toList();
		boolean differs = spec.compared() && cells.stream().map(Cell::sameAs).distinct().count() > 1;
		return new Row(spec.id(), spec.label(), spec.best(), spec.compared(), differs, markBest(spec.best(), cells));
	}

	/** The row as the page shows it: see the class comment. */
	static Row shortened(Row row, boolean wide, boolean feature) {
		int items = !wide ? ITEMS : row.compared() ? WIDE_ITEMS : 1;
		List<Cell> cells = row.cells().stream().map((cell) -> {
			Cell shown = cell;
			if (cell.items().size() > items) {
				shown = cell.withItems(cell.items().subList(0, items))
					.withMore(cell.more() + cell.items().size() - items);
			}
			if (wide && feature && shown.headline() != null && shown.headline().support() != null) {
				shown = shown.withHeadline(shown.headline().withText(null));
			}
			return shown;
		}).toList();
		return new Row(row.id(), row.label(), row.best(), row.compared(), row.differs(), cells);
	}

	/**
	 * Marks the cells whose figure is the best of the row: all of them on a tie. Nothing is marked when fewer than
	 * two figures are known (there is nothing to compare) or when all known figures are equal (no one is better).
	 */
	static List<Cell> markBest(Best best, List<Cell> cells) {
		if (best == Best.NONE) {
			return cells;
		}
		List<BigDecimal> figures = cells.stream().map(Cell::figure).filter(Objects::nonNull).toList();
		if (figures.size() < 2) {
			return cells;
		}
		BigDecimal top = (best == Best.LOWEST) ? figures.stream().min(BigDecimal::compareTo).orElseThrow()
				: figures.stream().max(BigDecimal::compareTo).orElseThrow();
		if (figures.stream().allMatch((f) -> f.compareTo(top) == 0)) {
			return cells;
		}
		return cells.stream()
			.map((c) -> (c.figure() != null && c.figure().compareTo(top) == 0) ? c.markedBest() : c)
			.toList();
	}

}
