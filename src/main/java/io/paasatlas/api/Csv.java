package io.paasatlas.api;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Builds a CSV document as RFC 4180 writes it: CRLF line ends, every field quoted when it holds a comma, a quote, a
 * line break or leading or trailing space, quotes doubled. A field that a spreadsheet would take for a formula
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with a single
 * quote, so that opening the file never runs anything.
 */
final class Csv {

	static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

	private final List<List<String>> rows = new ArrayList<>();

	Csv row(@Nullable Object... fields) {
		List<String> row = new ArrayList<>();
		for (Object field : fields) {
			row.add((field != null) ? field.toString() : "");
		}
		this.rows.add(row);
		return this;
	}

	Csv row(List<String> fields) {
		this.rows.add(List.copyOf(fields));
		return this;
	}

	@Override
	public String toString() {
		StringBuilder csv = new StringBuilder();
		for (List<String> row : this.rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					csv.append(',');
				}
				csv.append(field(row.get(i)));
			}
			csv.append("\r\n");
		}
		return csv.toString();
	}

	/** One field, neutralized and quoted as needed. */
	static String field(String value) {
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				|| (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
						|| Character.isWhitespace(text.charAt(text.length() - 1))));
		return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
