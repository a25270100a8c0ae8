package io.paasatlas.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog compiled at build time: the profiles read and validated from YAML during {@code process-aot}
 * ({@link CompiledCatalogAotProcessor}) and written as JSON into the jar, beside the digest of the files they came
 * from. An AOT-processed app reads them instead of the YAML when the files it would read have that digest (the same
 * data, validated by the same code), which saves parsing YAML and validating at every start. Any other case (other
 * files, no compiled catalog, a run without AOT) reads and validates the YAML; YAML stays the source of truth.
 *
 * @param digest {@link #digest} of the profiles' file names and texts
 * @param profiles the validated profiles, in file name order
 */
record CompiledCatalog(String digest, List<ProviderProfile> profiles) {

	/** Where the compiled profiles are on the class path. */
	static final String RESOURCE = "catalog/compiled.jsonl";

	/**
	 * Where their digest is: a file of its own, so that other files (another catalog folder) are told apart without
	 * parsing the profiles, and the same file names before hashing the texts.
	 */
	static final String DIGEST_RESOURCE = "catalog/compiled.digest";

	private static final JsonMapper json = CatalogReader.documentMapper();

	CompiledCatalog {
		profiles = List.copyOf(profiles);
	}

	/**
	 * The digest of the profiles' texts: the file names, one a line, then the {@link Fingerprint} of each file's
	 * name and text in name order. The files are the app's own data, not a request's: a checksum tells an edit
	 * apart, and on the image's C1-only JIT SHA-256 took ~0.5 s for 1,000 profiles' 39 MB.
	 */
	static String digest(SortedMap<String, String> texts) {
		List<byte[]> parts = new ArrayList<>();
		for (Map.Entry<String, String> file : texts.entrySet()) {
			parts.add(file.getKey().getBytes(StandardCharsets.UTF_8));
			parts.add(SEPARATOR);
			parts.add(file.getValue().getBytes(StandardCharsets.UTF_8));
			parts.add(SEPARATOR);
		}
		return names(texts) + Fingerprint.of(parts) + "\n";
	}

	private static final byte[] SEPARATOR = { 0 };

	private static String names(SortedMap<String, String> texts) {
		StringBuilder names = new StringBuilder();
		texts.keySet().forEach((name) -> names.append(name).append('\n'));
		return names.toString();
	}

	/**
	 * The profiles for {@link #RESOURCE}: JSON lines, each a profile's document as the seeder stores it
	 * ({@link CatalogReader#documentMapper}), so that a start seeds these texts instead of writing them again.
	 */
	String profilesJson() {
		StringBuilder lines = new StringBuilder();
		this.profiles.forEach((profile) -> lines.append(json.writeValueAsString(profile)).append('\n'));
		return lines.toString();
	}

	/**
	 * The compiled catalog's profiles and their documents if the class loader holds one compiled from exactly
	 * these texts; {@code null} otherwise, and when it cannot be read (then the YAML is read, which reports any
	 * problem).
	 */
	static @Nullable LoadedCatalog matching(ClassLoader classLoader, SortedMap<String, String> texts) {
		try (InputStream digest = classLoader.getResourceAsStream(DIGEST_RESOURCE);
				InputStream profiles = classLoader.getResourceAsStream(RESOURCE)) {
			if (digest == null || profiles == null) {
				return null;
			}
			String compiled = new String(digest.readAllBytes(), StandardCharsets.UTF_8);
			// other file names: another folder, told apart without hashing a thousand files
			if (!compiled.startsWith(names(texts)) || !compiled.equals(digest(texts))) {
				return null;
			}
			List<ProviderProfile> read = new ArrayList<>();
			List<String> documents = new ArrayList<>();
			BufferedReader lines = new BufferedReader(new InputStreamReader(profiles, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				ProviderProfile profile = json.readValue(line, ProviderProfile.class);
				if (profile == null) {
					return null;
				}
				read.add(profile);
				documents.add(line);
			}
			// a valid catalog has a profile a file
			return (read.size() == texts.size()) ? new LoadedCatalog(read, documents) : null;
		}
		catch (IOException | JacksonException ex) {
			return null;
		}
	}

}
