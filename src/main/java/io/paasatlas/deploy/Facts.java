package io.paasatlas.deploy;

import java.time.LocalDate;
import java.time.Period;

import io.paasatlas.catalog.AsOf;
import io.paasatlas.catalog.Citation;
import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.Sourced;
import org.jspecify.annotations.Nullable;

/** Where a kit's values come from: facts of the provider's profile, by source id or by the fact, and documents. */
final class Facts {

	private final ProviderProfile profile;

	private final Citations citations;

	private final LocalDate staleBefore;

	private final LocalDate today;

	Facts(ProviderProfile profile, Period staleAfter, LocalDate today) {
		this.profile = profile;
		this.citations = new Citations(profile, staleAfter, today);
		this.staleBefore = today.minus(staleAfter);
		this.today = today;
	}

	ProviderProfile profile() {
		return this.profile;
	}

	LocalDate today() {
		return this.today;
	}

	/** A source of the profile, by its id ({@code fly-docs-configuration}). */
	Citation source(String id) {
		return this.citations.of(new Ref(id));
	}

	/** A fact of the profile, inheriting its sections' source and date. */
	Citation of(Sourced fact, Sourced... sections) {
		return this.citations.of(fact, sections);
	}

	/** A region of the profile's list. */
	Citation region(ProviderProfile.Region region) {
		return this.citations.of(region, this.profile.regions());
	}

	Citation doc(Doc doc) {
		AsOf asOf = AsOf.parse(doc.asOf());
		return new Citation(doc.title(), doc.url(), asOf, asOf.end().isBefore(this.staleBefore), false);
	}

	/** A source named by id alone. */
	private record Ref(String source) implements Sourced {

		@Override
		public @Nullable AsOf asOf() {
			return null;
		}

	}

}
