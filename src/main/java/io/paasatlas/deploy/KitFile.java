package io.paasatlas.deploy;

import java.util.List;

/**
 * One file of a kit.
 *
 * @param path where it goes in the project, from its root ({@code .github/workflows/fly-deploy.yml})
 * @param language what it is written in, for the page ({@code toml}, {@code yaml}, {@code json}, {@code dockerfile})
 * @param commented whether the file carries its annotations as comments (JSON, a Procfile and
 * {@code .python-version} have none: their annotations are on the page and in the README only)
 */
record KitFile(String path, String language, String content, List<Annotation> annotations, boolean commented) {

	KitFile {
		annotations = List.copyOf(annotations);
	}

}
