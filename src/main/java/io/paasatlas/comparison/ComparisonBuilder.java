package io.paasatlas.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.comparison.ComparisonRows.Facts;
import io.paasatlas.comparison.ComparisonRows.RowSpec;
import io.paasatlas.comparison.ComparisonRows.SectionSpec;
import io.paasatlas.comparison.ComparisonTable.Best;
import io.paasatlas.comparison.ComparisonTable.Cell;
import io.paasatlas.comparison.ComparisonTable.Column;
import io.paasatlas.comparison.ComparisonTable.Row;
import io.paasatlas.comparison.ComparisonTable.Section;
import io.paasatlas.region.ProviderReach;
import org.jspecify.annotations.Nullable;

/**
 * Turns profiles into a {@link ComparisonTable}: reads each row's cells, marks the rows whose values differ and the
 * best figure of each row of figures. Pure Java: the rows come from {@link ComparisonRows}, the dates from outside.
 */
final class ComparisonBuilder {

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
		List<Column> columns = profiles.stream().map((p) -> new Column(p.slug(), p.name())).toList();
		List<Section> sections = this.sections.stream()
			.map((s) -> new Section(s.id(), s.label(), s.anchor(), s.rows().stream().map((r) -> row(r, facts)).toList()))
			.toList();
		return new ComparisonTable(columns, sections);
	}

	static Row row(RowSpec spec, List<Facts> facts) {
		List<Cell> cells = facts.stream().map(spec.cell()).toList();
		boolean differs = spec.compared() && cells.stream().map(Cell::sameAs).distinct().count() > 1;
		return new Row(spec.id(), spec.label(), spec.best(), spec.compared(), differs, markBest(spec.best(), cells));
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
