package io.paasatlas.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.paasatlas.catalog.Citation;
import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.Corrections;
import io.paasatlas.catalog.Notes;
import io.paasatlas.catalog.Price;
import io.paasatlas.catalog.ProviderProfile.Correction;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

/**
 * What the comparison page shows: one column per provider, sections of rows, one cell per provider in each row.
 * Built by {@link ComparisonBuilder} from the rows of {@link ComparisonRows}; the template only prints it.
 *
 * @param columns the providers, in the order asked for
 * @param sections the sections, each with its rows
 */
public record ComparisonTable(List<Column> columns, List<Section> sections) {

	public ComparisonTable {
		columns = List.copyOf(columns);
		sections = List.copyOf(sections);
	}

	/** The permalink value without one provider: what its "remove" link asks for. */
	public String without(String slug) {
		return this.columns.stream().map(Column::slug).filter((s) -> !s.equals(slug)).collect(Collectors.joining(","));
	}

	/** Whether the table is wide: its cells are shortened further (see {@link ComparisonBuilder}). */
	public boolean wide() {
		return this.columns.size() >= ComparisonBuilder.WIDE;
	}

	/** How many items a list cell shows at most. */
	public int listItems() {
		return wide() ? ComparisonBuilder.WIDE_ITEMS : ComparisonBuilder.ITEMS;
	}

	/** The provider names, for the page title. */
	public String names() {
		return this.columns.stream().map(Column::name).collect(Collectors.joining(", "));
	}

	/**
	 * Empty source notes for each column, numbered as the page renders its cells: each provider's sources get their
	 * own numbers, listed at the foot of its column. Ids are short ({@code c2-n5}): a six-column table has hundreds.
	 */
	public List<Notes> columnNotes() {
		List<Notes> notes = new ArrayList<>();
		for (int i = 0; i < this.columns.size(); i++) {
			notes.add(new Notes("c" + (i + 1) + "-n"));
		}
		return notes;
	}

	/** Every row of every section, in page order. */
	public List<Row> rows() {
		return this.sections.stream().flatMap((s) -> s.rows().stream()).toList();
	}

	/**
	 * A provider, with what its cells need to show a corrected claim in place (as the provider page does): the
	 * profile's corrections and its citations.
	 */
	public record Column(String slug, String name, Corrections corrections, Citations citations) {

		/** The text with its corrections in place. */
		public List<Corrections.Segment> segments(@Nullable String text) {
			return this.corrections.split(text);
		}

		/** A correction's source and date, for its note in the column. */
		public Citation cite(Correction correction) {
			return this.citations.of(correction);
		}

	}

	/**
	 * A group of rows under a heading.
	 *
	 * @param id the section's id in the page ({@code section-pricing})
	 * @param label the heading's message key
	 * @param anchor where the provider page has the details ({@code #pricing})
	 */
	public record Section(String id, String label, String anchor, List<Row> rows) {

		public Section {
			rows = List.copyOf(rows);
		}
	}

	/**
	 * One fact across the providers.
	 *
	 * @param id the row's id in the page ({@code row-cheapest-always-on})
	 * @param label the message key of the fact's name
	 * @param best which value is best, {@link Best#NONE} for rows that are not figures
	 * @param compared whether values are compared at all: prose (pros, verdicts) always differs and is not
	 * @param differs whether the providers' values differ (citations and details aside)
	 * @param cells one per column
	 */
	public record Row(String id, String label, Best best, boolean compared, boolean differs, List<Cell> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

		/** Whether some cell is marked best. */
		public boolean hasBest() {
			return this.cells.stream().anyMatch(Cell::best);
		}
	}

	/** Which value of a row of figures is best. */
	public enum Best {

		/** Not a figure: nothing is marked. */
		NONE,
		/** The lowest figure (prices). */
		LOWEST,
		/** The highest figure (regions, continents). */
		HIGHEST;

		/** The suffix of the message key that explains the rule ({@code compare.best.lowest}). */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * One provider's value for a row. A cell without headline and items is unknown.
	 *
	 * @param headline the value, or the summary of a list ("18 regions")
	 * @param items the values of a list (deployment methods, pros), each with its own citation
	 * @param citation the citation of the cell as a whole, when its items do not carry their own
	 * @param more how many further values the provider page lists (other storage prices), 0 if none
	 * @param figure the figure compared in a {@link Best} row, {@code null} when unknown or not a figure
	 * @param best whether the figure is the row's best
	 * @param sameAs what the value is, for telling differences: two cells with equal {@code sameAs} show the same
	 * fact, even from different sources
	 */
	public record Cell(@Nullable Item headline, List<Item> items, @Nullable Citation citation, int more,
			@Nullable BigDecimal figure, boolean best, String sameAs) {

		static final Cell UNKNOWN = new Cell(null, List.of(), null, 0, null, false, "unknown");

		public Cell {
			items = List.copyOf(items);
		}

		/** A single value; it tells differences by its own {@link Item#sameAs()}. */
		static Cell of(Item headline) {
			return new Cell(headline, List.of(), null, 0, null, false, headline.sameAs());
		}

		/** A list of values; empty is unknown. It tells differences by the set of its items. */
		static Cell list(List<Item> items) {
			if (items.isEmpty()) {
				return UNKNOWN;
			}
			String same = items.stream().map(Item::sameAs).sorted().collect(Collectors.joining("\n"));
			return new Cell(null, items, null, 0, null, false, same);
		}

		public boolean unknown() {
			return this.headline == null && this.items.isEmpty();
		}

		Cell withHeadline(@Nullable Item headline) {
			return new Cell(headline, this.items, this.citation, this.more, this.figure, this.best, this.sameAs);
		}

		Cell withItems(List<Item> items) {
			return new Cell(this.headline, items, this.citation, this.more, this.figure, this.best, this.sameAs);
		}

		Cell withCitation(@Nullable Citation citation) {
			return new Cell(this.headline, this.items, citation, this.more, this.figure, this.best, this.sameAs);
		}

		Cell withMore(int more) {
			return new Cell(this.headline, this.items, this.citation, more, this.figure, this.best, this.sameAs);
		}

		Cell withFigure(@Nullable BigDecimal figure) {
			return new Cell(this.headline, this.items, this.citation, this.more, figure, this.best, this.sameAs);
		}

		/** Tells differences by this value instead (a feature's support level rather than its summary). */
		Cell sameAs(String sameAs) {
			return new Cell(this.headline, this.items, this.citation, this.more, this.figure, this.best, sameAs);
		}

		Cell markedBest() {
			return new Cell(this.headline, this.items, this.citation, this.more, this.figure, true, this.sameAs);
		}
	}

	/**
	 * A value as the page prints it, in this order: a support badge, a price and its unit, a message, text from the
	 * profile, a detail in small print, the citation. Any part may be absent.
	 *
	 * @param support a support level ({@code yes}, {@code partial}…) shown as a badge
	 * @param price a price as its source gave it
	 * @param unit what the price is per, as the profile writes it ({@code GB per month})
	 * @param message a message key; its arguments may be message keys themselves ({@link MessageSourceResolvable})
	 * @param args the message's arguments
	 * @param text text from the profile
	 * @param detail more text from the profile, in small print
	 * @param citation the value's source and date
	 */
	public record Item(@Nullable String support, @Nullable Price price, @Nullable String unit, @Nullable String message,
			List<Object> args, @Nullable String text, @Nullable String detail, @Nullable Citation citation) {

		public Item {
			args = List.copyOf(args);
		}

		static Item text(String text) {
			return new Item(null, null, null, null, List.of(), text, null, null);
		}

		static Item message(String key, Object... args) {
			return new Item(null, null, null, key, Arrays.asList(args), null, null, null);
		}

		static Item price(Price price, @Nullable String unit) {
			return new Item(null, price, unit, null, List.of(), null, null, null);
		}

		static Item support(String level, String text) {
			return new Item(level, null, null, null, List.of(), text, null, null);
		}

		Item withText(@Nullable String text) {
			return new Item(this.support, this.price, this.unit, this.message, this.args, text, this.detail, this.citation);
		}

		Item withDetail(@Nullable String detail) {
			return new Item(this.support, this.price, this.unit, this.message, this.args, this.text, detail, this.citation);
		}

		Item withCitation(@Nullable Citation citation) {
			return new Item(this.support, this.price, this.unit, this.message, this.args, this.text, this.detail, citation);
		}

		/** The arguments as an array, for {@code #messages.msgWithParams}. */
		public Object[] argArray() {
			return this.args.toArray();
		}

		/** What the value says, without its citation and detail, in a form that ignores case and spacing. */
		String sameAs() {
			List<String> parts = new ArrayList<>();
			parts.add(String.valueOf(this.support));
			parts.add((this.price != null) ? plain(this.price.min()) + "-" + plain(this.price.max()) : "null");
			parts.add(String.valueOf(this.unit));
			parts.add(String.valueOf(this.message));
			this.args.stream()
				.map((a) -> (a instanceof MessageSourceResolvable r && r.getCodes() != null) ? r.getCodes()[0] : String.valueOf(a))
				.forEach(parts::add);
			parts.add(String.valueOf(this.text));
			return parts.stream()
				.map((p) -> p.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
				.collect(Collectors.joining("|"));
		}

		private static String plain(@Nullable BigDecimal amount) {
			return (amount != null) ? amount.stripTrailingZeros().toPlainString() : "unknown";
		}
	}

}
