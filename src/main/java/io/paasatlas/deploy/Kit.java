package io.paasatlas.deploy;

import java.util.List;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A provider's deployment kit for one {@link Deployment}: its files (the app's, the provider's, and a README that
 * says how to use them), the commands to run, what else to know, and the monthly cost.
 */
record Kit(Deployment deployment, Size size, List<KitFile> files, List<Step> steps, List<Note> notes, KitCost cost) {

	Kit {
		files = List.copyOf(files);
		steps = List.copyOf(steps);
		notes = List.copyOf(notes);
	}

	Optional<KitFile> file(String path) {
		return this.files.stream().filter((f) -> f.path().equals(path)).findFirst();
	}

	/**
	 * A path of this app with the kit's parameters: {@code /deploy}, {@code /deploy/fly-io.zip}, {@code /api/deploy}.
	 */
	String link(String path) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		this.deployment.query().forEach(uri::queryParam);
		return uri.build().encode().toUriString();
	}

	/** The page of this kit. */
	public String page() {
		return link("/deploy");
	}

	/** The zip of this kit. */
	public String zip() {
		return link("/deploy/" + this.deployment.slug() + ".zip");
	}

	/** This kit as JSON. */
	public String json() {
		return link("/api/deploy");
	}

}
