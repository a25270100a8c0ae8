package io.paasatlas.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.paasatlas.catalog.ProviderProfile.Correction;
import org.jspecify.annotations.Nullable;

/**
 * A profile's prose with its corrections in place: the text is cut after each phrase of a claim that a newer source
 * corrects, so that a page can show the correction right there, in the same sentence, with both dates. The words
 * themselves are never changed.
 */
public final class Corrections {

	private final List<Correction> corrections;

	public Corrections(List<Correction> corrections) {
		this.corrections = List.copyOf(corrections);
	}

	/** The text as segments: each ends with a corrected phrase (and carries its correction), or is the rest. */
	public List<Segment> split(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<Segment> segments = new ArrayList<>();
		String lower = text.toLowerCase(Locale.ROOT);
		int from = 0;
		while (true) {
			Match next = next(lower, from);
			if (next == null) {
				segments.add(new Segment(text.substring(from), null));
				return segments;
			}
			segments.add(new Segment(text.substring(from, next.end()), next.correction()));
			from = next.end();
			if (from >= text.length()) {
				return segments;
			}
		}
	}

	/** Whether the text holds a corrected phrase. */
	public boolean corrects(@Nullable String text) {
		return text != null && next(text.toLowerCase(Locale.ROOT), 0) != null;
	}

	/** The earliest phrase at or after {@code from}; the longest one when two start at the same place. */
	private @Nullable Match next(String lower, int from) {
		Match best = null;
		for (Correction correction : this.corrections) {
			for (String phrase : correction.phrases()) {
				int at = lower.indexOf(phrase.toLowerCase(Locale.ROOT), from);
				if (at < 0) {
					continue;
				}
				int end = at + phrase.length();
				if (best == null || at < best.start() || (at == best.start() && end > best.end())) {
					best = new Match(at, end, correction);
				}
			}
		}
		return best;
	}

	/**
	 * A piece of text; {@code correction} is set when the piece ends with a corrected phrase.
	 */
	public record Segment(String text, @Nullable Correction correction) {
	}

	private record Match(int start, int end, Correction correction) {
	}

}
