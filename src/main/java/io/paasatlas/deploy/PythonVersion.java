package io.paasatlas.deploy;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The Python versions a kit can target; every provider with a kit supports all four (see each renderer). */
enum PythonVersion {

	V3_10("3.10"), V3_11("3.11"), V3_12("3.12"), V3_13("3.13");

	/** The version of the stand-in image the container test builds the Fly.io kit with (Debian 13's python3). */
	static final PythonVersion DEFAULT = V3_13;

	private final String text;

	PythonVersion(String text) {
		this.text = text;
	}

	static Optional<PythonVersion> of(@Nullable String text) {
		return Arrays.stream(values()).filter((v) -> v.text.equals((text != null) ? text.strip() : null)).findFirst();
	}

	/** The major version as files write it: {@code 3.13}. */
	public String text() {
		return this.text;
	}

}
