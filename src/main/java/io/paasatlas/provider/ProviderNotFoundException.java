package io.paasatlas.provider;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No provider has the slug a URL names: a 404 page that says which. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProviderNotFoundException extends RuntimeException {

	private final String slug;

	public ProviderNotFoundException(String slug) {
		super("No provider with the slug '" + slug + "'");
		this.slug = slug;
	}

	public String getSlug() {
		return this.slug;
	}

}
