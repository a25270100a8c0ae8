package io.paasatlas.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * The test fixtures under {@code src/test/resources/catalog}: a minimal valid profile and the bad cases built from
 * it, read with a clock fixed at {@link #TODAY} so that "in the future" does not depend on the day the tests run.
 */
public final class CatalogFixtures {

	public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

	public static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private CatalogFixtures() {
	}

	/** A folder of the fixtures, e.g. {@code bad/several}, as a file path (they are read from the test classpath). */
	public static Path folder(String name) {
		URL url = CatalogFixtures.class.getResource("/catalog/" + name);
		if (url == null) {
			throw new IllegalArgumentException("no fixture folder catalog/" + name);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The text of {@code catalog/valid/minimal.yaml}, the profile the bad cases are built from. */
	public static String minimalText() {
		try {
			return Files.readString(folder("valid").resolve("minimal.yaml"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final CatalogReader READER = new CatalogReader(VALIDATOR, new ProfileRules(CLOCK));

	/** The bundled data is read as the app reads it: no date may lie after today, the real today. */
	private static final CatalogReader DATA_READER = new CatalogReader(VALIDATOR,
			new ProfileRules(Clock.systemDefaultZone()));

	public static CatalogReader reader() {
		return READER;
	}

	/** A reader for {@code data/providers} and copies of it, with the real clock. */
	public static CatalogReader dataReader() {
		return DATA_READER;
	}

	/** Reads profiles given as (file name, text, file name, text…), each on its own, with the fixed clock. */
	public static CatalogReport read(String... namesAndTexts) {
		SortedMap<String, String> texts = new TreeMap<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			texts.put(namesAndTexts[i], namesAndTexts[i + 1]);
		}
		return reader().read("test", texts);
	}

	/** The profile of a valid text; fails with the report when the text is not valid. */
	public static ProviderProfile profile(String fileName, String text) {
		CatalogReport report = new CatalogValidator().validate(read(fileName, text));
		if (!report.valid()) {
			throw new IllegalArgumentException("invalid test profile: " + report.describe());
		}
		return report.profiles().get(0);
	}

	/** The minimal profile, valid. */
	public static ProviderProfile minimal() {
		return profile("minimal.yaml", minimalText());
	}

}
