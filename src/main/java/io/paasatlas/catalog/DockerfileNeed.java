package io.paasatlas.catalog;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether deploying a Python web app takes a Dockerfile that the team keeps in its repository. */
public enum DockerfileNeed {

	/** The team writes and maintains one. */
	@JsonProperty("required")
	REQUIRED,
	/** The provider's tool writes one, which the repository then keeps and the team maintains (Fly's fly launch). */
	@JsonProperty("generated")
	GENERATED,
	/** The app deploys from its source (buildpacks, a native runtime, a WSGI file); a Dockerfile is optional. */
	@JsonProperty("not-needed")
	NOT_NEEDED,
	@JsonProperty("unknown")
	UNKNOWN;

	/** The value as data files and message keys write it. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Whether the team ends up owning a Dockerfile. */
	public boolean teamKeepsOne() {
		return this == REQUIRED || this == GENERATED;
	}

}
