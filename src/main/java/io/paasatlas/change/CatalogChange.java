package io.paasatlas.change;

import java.util.List;

import io.paasatlas.catalog.AsOf;
import io.paasatlas.catalog.Citation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One dated change of a provider's profile, as {@code /changes} and its feed show it.
 *
 * @param date when it happened, at the precision its source gives
 * @param slug the provider's slug
 * @param provider the provider's name
 * @param kind what it is about
 * @param title what changed, as a message (its arguments are the profile's words and figures)
 * @param detail more of the profile's words, {@code null} if none
 * @param citation the source and date of the change
 * @param section where the provider page says more ({@code regions}, {@code pricing}…)
 */
record CatalogChange(AsOf date, String slug, String provider, ChangeKind kind, MessageSourceResolvable title,
		@Nullable String detail, Citation citation, String section) {

	/** A title as a message: {@code change.<name>} with these arguments. */
	static MessageSourceResolvable message(String name, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { "change." + name }, args);
	}

	/** A title in the profile's own words. */
	static MessageSourceResolvable words(String text) {
		return message("words", text);
	}

	/** A message argument that is itself a message, such as a free tier's status. */
	static MessageSourceResolvable key(String code) {
		return new DefaultMessageSourceResolvable(code);
	}

	/** The provider page's address of the section that says more, for a link. */
	public String page() {
		return "/providers/" + this.slug + "#" + this.section;
	}


}
