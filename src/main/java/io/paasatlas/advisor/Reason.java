package io.paasatlas.advisor;

import java.util.Locale;

import io.paasatlas.catalog.Citation;

/**
 * Why a provider fits a project or not: one rule's finding, and the profile fact it rests on.
 *
 * @param rule the rule's name ({@code global-reach-unused})
 * @param effect how it weighs on the verdict
 * @param text the reason in words
 * @param fact what the profile says, as it says it ({@code Not ideal for: Single-region apps})
 * @param link where the fact is shown: a section of the provider page, or the estimate of this workload
 * @param citation the fact's source and date
 */
record Reason(String rule, Effect effect, String text, String fact, String link, Citation citation) {

	/** How a reason weighs on the verdict; see {@link Advice#verdict()}. */
	enum Effect {

		/** The provider cannot serve the project at all: not recommended. */
		BLOCKER,
		/** Speaks against the provider: one makes it possible, two not recommended. */
		AGAINST,
		/** Speaks for the provider. */
		FOR,
		/** Worth knowing, weighs nothing. */
		NOTE;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
