package io.paasatlas.provider;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No source document has the name a URL gives: a 404 page that says which. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SourceNotFoundException extends RuntimeException {

	private final String name;

	public SourceNotFoundException(String name) {
		super("No source document named '" + name + "'");
		this.name = name;
	}

	public String getName() {
		return this.name;
	}

}
