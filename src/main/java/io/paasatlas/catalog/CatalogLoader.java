package io.paasatlas.catalog;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.convert.PeriodStyle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the catalog (a configured folder, {@code data/providers} in the working directory, or the copy packaged in
 * the jar), reads it and validates it as a whole.
 */
public final class CatalogLoader {

	static final Path DEFAULT_FOLDER = Path.of("data", "providers");



	static final String PACKAGED = "classpath*:catalog/providers/*.y*ml";

	private final CatalogReader reader;

	public CatalogLoader(Validator validator, Clock clock) {
		this.reader = new CatalogReader(forRecords(validator), new ProfileRules(clock));
	}

	/**
	 * The validator with every property reachable: a profile is records read from YAML, never a JPA entity, but with
	 * JPA on the class path Hibernate Validator asks JPA's {@code PersistenceUtil} about every property it visits (a
	 * tenth of reading a profile). Spring's validator is a factory, whose context can say so.
	 */
	static Validator forRecords(Validator validator) {
		return (validator instanceof ValidatorFactory factory)
				? factory.usingContext().traversableResolver(new EverythingReachable()).getValidator() : validator;
	}

	private static final class EverythingReachable implements TraversableResolver {

		@Override
		public boolean isReachable(Object bean, jakarta.validation.Path.Node property, Class<?> rootType,
				jakarta.validation.Path path, ElementType type) {
			return true;
		}

		@Override
		public boolean isCascadable(Object bean, jakarta.validation.Path.Node property, Class<?> rootType,
				jakarta.validation.Path path, ElementType type) {
			return true;
		}

	}

	/** Where the profiles are read from, as shown in logs and reports. */
	public static String describeLocation(@Nullable String location) {
		if (location != null && !location.isBlank()) {
			return location;
		}
		return Files.isDirectory(DEFAULT_FOLDER) ? DEFAULT_FOLDER.toString() : "the profiles packaged in the jar";
	}

	/**
	 * The folder the profiles are read from: {@code location} if set, else {@code data/providers} when it exists;
	 * {@code null} for the copy packaged in the jar.
	 */
	private static @Nullable Path folder(@Nullable String location) {
		if (location != null && !location.isBlank()) {
			return Path.of(location);
		}
		return Files.isDirectory(DEFAULT_FOLDER) ? DEFAULT_FOLDER : null;
	}

	public CatalogReport load(@Nullable String location) {
		Path folder = folder(location);
		CatalogReport report = (folder != null) ? this.reader.read(folder)
				: this.reader.read("classpath:catalog/providers", packaged());
		return new CatalogValidator().validate(report);
	}

	/** Reads and validates profiles given as file name to text. */
	CatalogReport load(String where, SortedMap<String, String> texts) {
		return new CatalogValidator().validate(this.reader.read(where, texts));
	}

	/**
	 * The texts {@link #load} would read, by file name; {@code null} when the folder cannot be read (then
	 * {@link #load} reports why).
	 */
	static @Nullable SortedMap<String, String> texts(@Nullable String location) {
		try {
			Path folder = folder(location);
			if (folder == null) {
				return packaged();
			}
			return Files.isDirectory(folder) ? CatalogReader.texts(folder) : null;
		}
		catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException ex) {
			return null;
		}
	}

	/**
	 * A validator for reading the catalog outside the app (the editors' check, {@code process-aot}): messages
	 * without Expression Language, every property reachable ({@link #forRecords}).
	 */
	static ValidatorFactory standaloneValidatorFactory() {
		return Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
			.traversableResolver(new EverythingReachable())
			.buildValidatorFactory();
	}

	private static SortedMap<String, String> packaged() {
		SortedMap<String, String> texts = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PACKAGED)) {
				texts.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the packaged catalog", ex);
		}
		return texts;
	}

	/**
	 * The editors' check: reads and validates the catalog, prints the report, and returns the exit status (0 valid,
	 * 1 invalid). Runs without Spring, so it needs no database and starts no server. A valid catalog's report ends
	 * with its {@link Freshness}: each profile's facts, the share with a source and a date, the possibly stale ones
	 * by source, and the sources no fact cites.
	 *
	 * @param staleAfter {@code catalog.stale-after} as written ({@code P12M}); {@code null} for the default
	 */
	public static int validateOnly(@Nullable String location, @Nullable String staleAfter, java.io.PrintStream out) {
		Period period;
		try {
			// as Spring Boot binds the setting: ISO-8601 (P12M) or its simple form (12m)
			period = PeriodStyle.detectAndParse((staleAfter != null && !staleAfter.isBlank()) ? staleAfter.strip()
					: CatalogProperties.DEFAULT_STALE_AFTER);
		}
		catch (IllegalArgumentException ex) {
			out.println("catalog.stale-after is not a period: '" + staleAfter
					+ "'. Write it as P12M (12 months), P1Y or P90D.");
			return 1;
		}
		try (ValidatorFactory factory = standaloneValidatorFactory()) {
			Clock clock = Clock.systemDefaultZone();
			CatalogReport report = new CatalogLoader(factory.getValidator(), clock).load(location);
			out.println("Catalog location: " + describeLocation(location));
			out.println(report.describe());
			if (report.valid()) {
				LocalDate today = LocalDate.now(clock);
				out.println(Freshness.describe(Freshness.of(report, period, today), period, today));
			}
			return report.valid() ? 0 : 1;
		}
	}

	/** The check with the default staleness limit. */
	public static int validateOnly(@Nullable String location, java.io.PrintStream out) {
		return validateOnly(location, null, out);
	}

}
