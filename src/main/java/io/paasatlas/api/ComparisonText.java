package io.paasatlas.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.paasatlas.catalog.Citation;
import io.paasatlas.catalog.Corrections;
import io.paasatlas.catalog.Price;
import io.paasatlas.catalog.ProviderProfile.Correction;
import io.paasatlas.comparison.ComparisonTable;
import io.paasatlas.comparison.ComparisonTable.Cell;
import io.paasatlas.comparison.ComparisonTable.Column;
import io.paasatlas.comparison.ComparisonTable.Item;
import io.paasatlas.pricing.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A comparison table's cells as the page prints them, in plain text: for the JSON API and the CSV export. */
@Component
class ComparisonText {

	private final MessageSource messages;

	ComparisonText(MessageSource messages) {
		this.messages = messages;
	}

	String message(String key) {
		return Objects.requireNonNullElse(this.messages.getMessage(key, null, key, Locale.ENGLISH), key);
	}

	/** The cell's values, one per line, corrected claims with their corrections; {@code unknown} when it has none. */
	String cell(Cell cell, Column column) {
		if (cell.unknown()) {
			return message("value.unknown");
		}
		List<String> lines = new ArrayList<>();
		if (cell.headline() != null) {
			lines.add(item(cell.headline(), column));
		}
		cell.items().forEach((i) -> lines.add(item(i, column)));
		if (cell.more() > 0) {
			lines.add(this.messages.getMessage("compare.more", new Object[] { cell.more() }, Locale.ENGLISH));
		}
		return String.join("\n", lines);
	}

	/** A value without its citation: badge, price, unit, message, text, detail. */
	String item(Item item, Column column) {
		List<String> parts = new ArrayList<>();
		if (item.support() != null) {
			parts.add(message("support." + item.support()));
		}
		if (item.price() != null) {
			parts.add(price(item.price()));
		}
		if (item.unit() != null) {
			parts.add(this.messages.getMessage("compare.per", new Object[] { item.unit() }, Locale.ENGLISH));
		}
		if (item.message() != null) {
			parts.add(this.messages.getMessage(item.message(), item.argArray(), Locale.ENGLISH));
		}
		if (item.text() != null) {
			parts.add(corrected(item.text(), column));
		}
		if (item.detail() != null) {
			parts.add(corrected(item.detail(), column));
		}
		return String.join(" ", parts);
	}

	/** Profile text with its corrections in place, as the page shows them: the claim's words, then the correction. */
	private String corrected(String text, Column column) {
		StringBuilder corrected = new StringBuilder();
		for (Corrections.Segment segment : column.segments(text)) {
			corrected.append(segment.text());
			Correction correction = segment.correction();
			if (correction != null) {
				corrected.append(" (")
					.append(this.messages.getMessage("correction.claim", new Object[] { correction.claimAsOf() },
							Locale.ENGLISH))
					.append("; ")
					.append(this.messages.getMessage("correction.now", new Object[] { correction.now() }, Locale.ENGLISH))
					.append(')');
			}
		}
		return corrected.toString();
	}

	/** The citations of a cell: its own, or each of its values', and those of the corrections in its text. */
	List<Citation> citations(Cell cell, Column column) {
		List<Citation> citations = new ArrayList<>();
		if (cell.citation() != null) {
			citations.add(cell.citation());
		}
		if (cell.headline() != null && cell.headline().citation() != null) {
			citations.add(cell.headline().citation());
		}
		cell.items().stream().map(Item::citation).filter((c) -> c != null).forEach(citations::add);
		List<Item> items = new ArrayList<>(cell.items());
		if (cell.headline() != null) {
			items.add(0, cell.headline());
		}
		for (Item item : items) {
			for (String text : Arrays.asList(item.text(), item.detail())) {
				column.segments(text).stream()
					.map(Corrections.Segment::correction)
					.filter((c) -> c != null)
					.forEach((c) -> citations.add(column.cite(c)));
			}
		}
		return citations.stream().distinct().toList();
	}

	/** A price as the page writes it: {@code $5}, {@code ~$20–25}, {@code unknown}. */
	String price(Price price) {
		if (!price.known()) {
			return message("value.unknown");
		}
		return Money.price(price);
	}

	/** The table as JSON: columns, then sections of rows, each cell with its text and citations. */
	Map<String, Object> json(ComparisonTable table) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("providers", table.columns().stream().map((c) -> JsonObject.of("slug", c.slug(), "name", c.name())).toList());
		json.put("sections", table.sections().stream().map((section) -> {
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("id", section.id());
			s.put("label", message(section.label()));
			s.put("rows", section.rows().stream().map((row) -> {
				Map<String, Object> r = new LinkedHashMap<>();
				r.put("id", row.id());
				r.put("label", message(row.label()));
				r.put("differs", row.differs());
				r.put("best", row.best().key());
				List<Map<String, Object>> cells = new ArrayList<>();
				for (int i = 0; i < row.cells().size(); i++) {
					Cell cell = row.cells().get(i);
					Column column = table.columns().get(i);
					Map<String, Object> c = new LinkedHashMap<>();
					c.put("provider", column.slug());
					c.put("text", cell(cell, column));
					c.put("unknown", cell.unknown());
					c.put("best", cell.best());
					c.put("citations", citations(cell, column).stream().map(ComparisonText::citation).toList());
					cells.add(c);
				}
				r.put("cells", cells);
				return r;
			}).toList());
			return s;
		}).toList());
		return json;
	}

	/** A citation as JSON: title, url, asOf, stale, unverified. */
	static Map<String, @Nullable Object> citation(Citation citation) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("title", citation.title());
		json.put("url", citation.url());
		json.put("asOf", (citation.asOf() != null) ? citation.asOf().text() : null);
		json.put("stale", citation.stale());
		json.put("unverified", citation.unverified());
		return json;
	}

	/** A citation in one CSV field: {@code title (url), as of 2025}. */
	static String citationText(@Nullable Citation citation) {
		if (citation == null) {
			return "";
		}
		String text = citation.title();
		if (citation.url() != null && !citation.url().equals(citation.title())) {
			text += " (" + citation.url() + ")";
		}
		text += (citation.asOf() != null) ? ", as of " + citation.asOf().text() : ", undated";
		if (citation.stale()) {
			text += ", possibly stale";
		}
		if (citation.unverified()) {
			text += ", unverified";
		}
		return text;
	}

}
