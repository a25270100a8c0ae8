package io.paasatlas.change;

import io.paasatlas.validation.PageNumber;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The query string of {@code /changes} and its feed: {@code /changes?provider=fly-io&kind=prices&page=2}. Blank
 * values mean "any".
 *
 * @param provider only this provider's changes
 * @param kind only changes of this kind ({@code regions}, {@code prices}, {@code free-tier}, {@code plans},
 * {@code corrections})
 * @param page the 1-based page of the list (the feed has no pages)
 */
record ChangesFilter(
		@Nullable @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{changes.provider.invalid}") String provider,
		@Nullable @Pattern(regexp = "regions|prices|free-tier|plans|corrections", message = "{changes.kind.invalid}") String kind,
		@Nullable @PageNumber String page) {

	public boolean hasProvider() {
		return this.provider != null && !this.provider.isBlank();
	}

	public boolean hasKind() {
		return this.kind != null && !this.kind.isBlank();
	}

	public int pageOrFirst() {
		return (this.page != null && !this.page.isBlank()) ? Integer.parseInt(this.page.strip()) : 1;
	}

	boolean matches(CatalogChange change) {
		return (!hasProvider() || change.slug().equals(this.provider))
				&& (!hasKind() || change.kind().key().equals(this.kind));
	}

}
