package io.paasatlas.catalog;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The profiles of {@code data/providers}, read once as the app reads them: for tests that state what the pages show
 * of the bundled catalog without writing its size or its members into the test, so that adding a provider changes
 * no test.
 */
public final class BundledCatalog {

	private static final List<ProviderProfile> BY_NAME = read();

	private BundledCatalog() {
	}

	private static List<ProviderProfile> read() {
		CatalogReport report = CatalogFixtures.dataReader().read(Path.of("data", "providers"));
		if (!report.valid()) {
			throw new IllegalStateException(report.describe());
		}
		return report.profiles().stream()
			.sorted(Comparator.comparing(ProviderProfile::name).thenComparing(ProviderProfile::slug))
			.toList();
	}

	/** Every profile, by name then slug: the order of the catalog's pages and pickers. */
	public static List<ProviderProfile> profiles() {
		return BY_NAME;
	}

	/** Every slug, in the order of {@link #profiles()}. */
	public static List<String> slugs() {
		return BY_NAME.stream().map(ProviderProfile::slug).toList();
	}

	/** The profile with this slug; fails when there is none. */
	public static ProviderProfile profile(String slug) {
		return BY_NAME.stream()
			.filter((p) -> p.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no bundled profile " + slug));
	}

	/** The position of the provider in {@link #profiles()}. */
	public static int position(String slug) {
		return slugs().indexOf(slug);
	}

}
