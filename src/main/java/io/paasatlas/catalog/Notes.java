package io.paasatlas.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A page's numbered source notes. Each fact shows a small number that links to its source in a list at the end of
 * the page (or of a column): a source gets one number however often it is cited, in the order it is first cited, and
 * the dates it is cited with are listed under it, each with its own anchor, so that every fact still links to its
 * source and its date. The template asks for each fact's {@link #ref(Citation) reference} as it renders the page and
 * prints the {@link #getList() list} after the last one. Not thread-safe: one instance per rendering.
 */
public final class Notes {

	private final String prefix;

	private final Function<Citation, @Nullable About> about;

	private final Map<Source, Note> notes = new LinkedHashMap<>();

	/** @param prefix the start of the notes' element ids, unique in the page ({@code n}, {@code fly-io-n}) */
	public Notes(String prefix) {
		this(prefix, (citation) -> null);
	}

	/**
	 * @param prefix the start of the notes' element ids, unique in the page
	 * @param about what the list says about a source besides its title: a profile's id and note for it
	 */
	public Notes(String prefix, Function<Citation, @Nullable About> about) {
		this.prefix = prefix;
		this.about = about;
	}

	/** The reference of a fact to its citation: the source's number, adding the source or date on first use. */
	public Ref ref(Citation citation) {
		Note note = this.notes.computeIfAbsent(Source.of(citation), (source) -> {
			int number = this.notes.size() + 1;
			About about = this.about.apply(citation);
			return new Note(number, this.prefix + number, source.title(), source.url(), source.unverified(),
					(about != null) ? about.key() : null, (about != null) ? about.text() : null);
		});
		Dated date = note.date(citation.asOf(), citation.stale());
		return new Ref(note.number(), "#" + date.id(), citation);
	}

	/** The sources cited so far, numbered in the order of their first citation. */
	public List<Note> getList() {
		return List.copyOf(this.notes.values());
	}

	public boolean isEmpty() {
		return this.notes.isEmpty();
	}

	/** What makes two citations the same source: everything but the date. */
	private record Source(String title, @Nullable String url, boolean unverified) {

		static Source of(Citation citation) {
			return new Source(citation.title(), citation.url(), citation.unverified());
		}
	}

	/**
	 * A fact's reference: the number it shows and where it links.
	 *
	 * @param number the source's number
	 * @param href the anchor of the source's date in the list ({@code #n3-2})
	 * @param citation the fact's source and date, for the title shown on hover and focus
	 */
	public record Ref(int number, String href, Citation citation) {

		/** A file path in parentheses at the end of a title: "(content/doc/cli.md)", "(koyeb/control-panel)". */
		private static final java.util.regex.Pattern FILE = java.util.regex.Pattern
			.compile(" \\((?=[^()]*(/|\\.[a-z]{2,4}\\)$))[^()]*\\)$");

		/**
		 * The source's title as the hover shows it: without a file path in parentheses at its end, which the list
		 * gives in full. A page repeats the title with every reference to the source.
		 */
		public String hoverTitle() {
			return FILE.matcher(this.citation.title()).replaceFirst("");
		}
	}

	/**
	 * One source in the list.
	 *
	 * @param number its number
	 * @param id the element id of its list item
	 * @param title the source's title
	 * @param url a link to it, {@code null} when it has none
	 * @param unverified whether it is a third party's word only
	 * @param key the source's id in its profile, {@code null} when it has none
	 * @param description what the profile says about the source, {@code null} if nothing
	 * @param dates the dates it is cited with, in the order of first use
	 */
	public record Note(int number, String id, String title, @Nullable String url, boolean unverified,
			@Nullable String key, @Nullable String description, List<Dated> dates) {

		Note(int number, String id, String title, @Nullable String url, boolean unverified, @Nullable String key,
				@Nullable String description) {
			this(number, id, title, url, unverified, key, description, new ArrayList<>());
		}

		/** The entry of this date, added on first use. */
		Dated date(@Nullable AsOf asOf, boolean stale) {
			for (Dated dated : this.dates) {
				if (Objects.equals(dated.asOf(), asOf)) {
					return dated;
				}
			}
			Dated dated = new Dated(this.id + "-" + (this.dates.size() + 1), asOf, stale);
			this.dates.add(dated);
			return dated;
		}

		@Override
		public List<Dated> dates() {
			return List.copyOf(this.dates);
		}
	}

	/**
	 * What a page knows about a source besides its citation.
	 *
	 * @param key the source's id in its profile
	 * @param text the profile's note on it, {@code null} if none
	 */
	public record About(String key, @Nullable String text) {
	}

	/**
	 * A date a source is cited with.
	 *
	 * @param id the element id of the date in the list
	 * @param asOf the date, {@code null} when undated
	 * @param stale whether it is older than the catalog's staleness limit
	 */
	public record Dated(String id, @Nullable AsOf asOf, boolean stale) {
	}

}
