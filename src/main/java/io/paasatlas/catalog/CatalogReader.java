package io.paasatlas.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads every profile in a folder into {@link ProviderProfile} records and checks each file on its own: YAML
 * syntax, types, unknown or missing fields (Bean Validation), and the {@link ProfileRules}. A file that fails is
 * reported, never skipped silently, and the reader goes on so that one run reports every error.
 */
public final class CatalogReader {

	private final YAMLMapper yaml = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.addModule(ScalarText.module())
		.addModule(new RecordCreators())
		// a misspelt key would otherwise be dropped without a word
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		// lists and maps may be left out of a profile: they read as empty
		.withConfigOverride(List.class, (o) -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
		.withConfigOverride(Map.class, (o) -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
		.build();

	private final Validator validator;

	private final ProfileRules rules;

	public CatalogReader(Validator validator, ProfileRules rules) {
		this.validator = validator;
		this.rules = rules;
	}

	/** A mapper that writes profiles as JSON with the same field names as the YAML. */
	public static JsonMapper jsonMapper() {
		return JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.addModule(ScalarText.module())
			.addModule(new RecordCreators())
			.build();
	}

	/**
	 * The JSON a profile is kept as (compiled into the jar, seeded as its provider's document), which
	 * {@link #jsonMapper} reads back as the same profile: its own fields only, since derived {@code isX()}
	 * accessors would write false for an absent value, and no nulls, since an absent field reads as null (they were
	 * 15% of 1,000 profiles' JSON). It reads only what it wrote, so a field it does not know is an error.
	 */
	public static JsonMapper documentMapper() {
		return jsonMapper().rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.changeDefaultVisibility((visibility) -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
	}

	/** Reads every {@code *.yaml} file of the folder, in name order. */
	public CatalogReport read(Path folder) {
		if (!Files.isDirectory(folder)) {
			return failed(folder.toString(), "catalog folder not found");
		}
		SortedMap<String, String> texts;
		try {
			texts = texts(folder);
		}
		catch (IOException | UncheckedIOException ex) {
			return failed(folder.toString(), "cannot read the folder: " + ex.getMessage());
		}
		return read(folder.toString(), texts);
	}

	/** The text of every profile in the folder, by file name. */
	static SortedMap<String, String> texts(Path folder) throws IOException {
		SortedMap<String, String> texts = new TreeMap<>();
		try (Stream<Path> listing = Files.list(folder)) {
			for (Path file : listing.filter((p) -> isProfile(p.getFileName().toString())).toList()) {
				texts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return texts;
	}

	/** Reads profiles given as file name to text, e.g. the copy packaged in the jar. */
	public CatalogReport read(String where, SortedMap<String, String> texts) {
		List<CatalogReport.Entry> entries = new ArrayList<>();
		List<CatalogError> errors = new ArrayList<>();
		if (texts.isEmpty()) {
			errors.add(new CatalogError(where, 0, null, "no provider profiles (*.yaml) found"));
		}
		// files are independent until the checks across files: read them in parallel, report in name order
		record Read(List<CatalogReport.Entry> entries, List<CatalogError> errors) {
		}
		List<Read> reads = texts.entrySet().parallelStream().map((file) -> {
			Read read = new Read(new ArrayList<>(), new ArrayList<>());
			readOne(file.getKey(), file.getValue(), read.entries(), read.errors());
			return read;
		}).toList();
		for (Read read : reads) {
			entries.addAll(read.entries());
			errors.addAll(read.errors());
		}
		return new CatalogReport(entries, errors);
	}

	static boolean isProfile(String fileName) {
		return fileName.endsWith(".yaml") || fileName.endsWith(".yml");
	}

	private static CatalogReport failed(String where, String message) {
		return new CatalogReport(List.of(), List.of(new CatalogError(where, 0, null, message)));
	}

	/** Reads one profile from its text; the name is used in messages. */
	void readOne(String name, String text, List<CatalogReport.Entry> entries, List<CatalogError> errors) {
		ProviderProfile profile;
		try {
			profile = this.yaml.readValue(text, ProviderProfile.class);
		}
		catch (JacksonException ex) {
			errors.add(parseError(name, text, ex));
			return;
		}
		if (profile == null) {
			errors.add(new CatalogError(name, 0, null, "the file is empty"));
			return;
		}
		YamlLocator locator = new YamlLocator(text);
		List<CatalogError> fileErrors = new ArrayList<>();
		for (ConstraintViolation<ProviderProfile> violation : this.validator.validate(profile)) {
			FieldPath path = FieldPath.ofPropertyPath(violation.getPropertyPath());
			fileErrors.add(new CatalogError(name, locator.line(path.segments()), path.toString(),
					violation.getMessage()));
		}
		this.rules.check(profile, name,
				(path, message) -> fileErrors.add(new CatalogError(name, locator.line(path.segments()),
						path.toString(), message)));
		fileErrors.sort(java.util.Comparator.comparingInt(CatalogError::line));
		errors.addAll(fileErrors);
		// kept even with errors, so that the checks across files can report theirs in the same run
		entries.add(new CatalogReport.Entry(name, profile, locator));
	}

	private static CatalogError parseError(String name, String text, JacksonException ex) {
		int line = (ex.getLocation() != null) ? Math.max(ex.getLocation().getLineNr(), 0) : 0;
		FieldPath path = FieldPath.of(ex);
		// Jackson may report where it stopped reading (an unknown key at the end of the file); the key's own line
		// is what an editor needs
		if (!path.segments().isEmpty()) {
			int located = new YamlLocator(text).line(path.segments());
			line = (located > 0) ? located : line;
		}
		return new CatalogError(name, line, path.toString(), describe(ex));
	}

	/** Jackson's own message without the location and reference chain, which the error already carries. */
	private static String describe(JacksonException ex) {
		Throwable cause = ex;
		// a creator that rejected a value (a bad date or price) says best what is wrong
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
			if (cause instanceof IllegalArgumentException) {
				return String.valueOf(cause.getMessage());
			}
		}
		// one line per error: drop the source snippet a syntax error carries
		String message = ex.getOriginalMessage().lines().findFirst().orElse("").strip();
		int detail = message.indexOf(" (for ");
		return (detail > 0) ? message.substring(0, detail) : message;
	}

}
