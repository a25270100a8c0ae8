package io.paasatlas.catalog;

import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;

/**
 * Resolves the source and date of a fact in one profile: a fact without them inherits its section's, and a fact
 * that names a source but no date takes the source's date.
 */
public final class Citations {

	private final ProviderProfile profile;

	private final LocalDate staleBefore;

	public Citations(ProviderProfile profile, Period staleAfter, LocalDate today) {
		this.profile = profile;
		this.staleBefore = today.minus(staleAfter);
	}

	/** The citation of a fact, looking up through its enclosing sections, innermost first. */
	public Citation of(@Nullable Sourced fact, @Nullable Sourced... sections) {
		String source = null;
		AsOf asOf = null;
		Sourced[] chain = new Sourced[sections.length + 1];
		chain[0] = fact;
		System.arraycopy(sections, 0, chain, 1, sections.length);
		for (Sourced level : chain) {
			if (level == null) {
				continue;
			}
			if (source == null) {
				source = level.source();
			}
			if (asOf == null) {
				asOf = level.asOf();
			}
			if (source != null) {
				break;
			}
		}
		if (source == null) {
			return (asOf != null) ? new Citation("no source given", null, asOf, isStale(asOf), false) : Citation.NONE;
		}
		ProviderProfile.Source named = this.profile.sources().get(source);
		if (named == null) {
			return new Citation(source, source, asOf, asOf != null && isStale(asOf), false);
		}
		AsOf date = (asOf != null) ? asOf : named.asOf();
		return new Citation(named.title(), named.url(), date, isStale(date), named.isUnverified());
	}

	/** Whether the source id or URL is a third party's word only. */
	public boolean isUnverified(@Nullable String source) {
		ProviderProfile.Source named = (source != null) ? this.profile.sources().get(source) : null;
		return named != null && named.isUnverified();
	}

	private boolean isStale(AsOf date) {
		return date.end().isBefore(this.staleBefore);
	}

}
