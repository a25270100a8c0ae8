package io.paasatlas.change;

import java.time.Period;
import java.util.Arrays;
import java.util.List;

import io.paasatlas.catalog.BundledCatalog;
import io.paasatlas.catalog.CatalogFixtures;
import io.paasatlas.catalog.ProviderProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dated changes read from the typed facts of profiles, newest first. */
class ChangeLogTests {

	private static final Period YEAR = Period.ofMonths(12);

	/** The minimal profile with a dated history of each kind. */
	private static final ProviderProfile HISTORY = CatalogFixtures.profile("history.yaml", CatalogFixtures.minimalText()
		.replace("slug: minimal", "slug: history")
		.replace("""
				    as_of: "2026-10"
				""", """
				    as_of: "2026-10"
				  old-prices:
				    title: "Price list 2024"
				    url: https://example.com/prices-2024
				    as_of: "2024-03-05"
				  shutdown:
				    title: "Region shutdown notice"
				    url: https://example.com/shutdown
				    as_of: "2025-06-01"
				""")
		.replace("""
				  overview: A fictitious provider, for tests only.
				""", """
				  overview: A fictitious provider, for tests only.
				  notable_changes:
				    - date: "2025-02"
				      title: Hobby plan retired
				      detail: Its apps moved to Starter.
				""")
		.replace("""
				  free_tier:
				    status: none
				""", """
				  free_tier:
				    status: none
				    since: "2024-09-01"
				    history:
				      - status: limited
				        since: "2021"
				        details: 500 free hours a month.
				""")
		.replace("""
				    - preset: small
				      memory_mb: 512
				      monthly_usd: 5
				""", """
				    - preset: small
				      memory_mb: 512
				      monthly_usd: 4
				      source: old-prices
				    - preset: small
				      memory_mb: 512
				      monthly_usd: 5
				    - preset: large
				      memory_mb: 2048
				      monthly_usd: 20
				      source: old-prices
				    - preset: large
				      memory_mb: 2048
				      monthly_usd: 20
				""")
		.replace("""
				    - {code: fra, city: Frankfurt, country: Germany, continent: europe}
				""", """
				    - {code: fra, city: Frankfurt, country: Germany, continent: europe}
				    - {code: lon, city: London, country: United Kingdom, continent: europe, status: removed, replaced_by: fra, source: shutdown}
				    - {code: par, city: Paris, country: France, continent: europe, status: removed, source: shutdown}
				  history:
				    - date: "2025-06-01"
				      title: London and Paris closed
				      source: shutdown
				"""));

	@Test
	void readsEachKindOfDatedChangeNewestFirst() {
		List<CatalogChange> changes = ChangeLog.of(List.of(HISTORY), YEAR, CatalogFixtures.TODAY);

		assertThat(changes).extracting((c) -> c.date().text(), CatalogChange::kind, (c) -> text(c))
			.containsExactly(
					// the new price is dated by its section's source (docs, 2026-10); the large offer kept its price
					org.assertj.core.groups.Tuple.tuple("2026-10", ChangeKind.PRICES, "change.price small, 512 MB $4 $5 2024-03-05"),
					org.assertj.core.groups.Tuple.tuple("2025-06-01", ChangeKind.REGIONS, "change.words London and Paris closed"),
					org.assertj.core.groups.Tuple.tuple("2025-06-01", ChangeKind.REGIONS, "change.regionStatus 2 regionStatus.removed lon (London → fra), par (Paris)"),
					org.assertj.core.groups.Tuple.tuple("2025-02", ChangeKind.PLANS, "change.words Hobby plan retired"),
					org.assertj.core.groups.Tuple.tuple("2024-09-01", ChangeKind.FREE_TIER, "change.freeTier freeTier.none"),
					org.assertj.core.groups.Tuple.tuple("2021", ChangeKind.FREE_TIER, "change.freeTier freeTier.limited"));
		CatalogChange price = changes.get(0);
		assertThat(price.citation().title()).isEqualTo("Minimal PaaS docs");
		assertThat(price.page()).isEqualTo("/providers/history#pricing");
		assertThat(changes.get(3).detail()).isEqualTo("Its apps moved to Starter.");
		assertThat(changes.get(1).citation().url()).isEqualTo("https://example.com/shutdown");
	}

	@Test
	void theBundledCatalogRecordsFlyIosRegionCutAndItsCorrection() {
		List<CatalogChange> changes = ChangeLog.of(BundledCatalog.profiles(), YEAR, java.time.LocalDate.now());

		assertThat(changes).as("newest first").isSortedAccordingTo(ChangeLog.NEWEST_FIRST);
		assertThat(changes).filteredOn((c) -> c.slug().equals("fly-io") && c.date().text().equals("2025-10-16"))
			.extracting(CatalogChange::kind)
			.contains(ChangeKind.REGIONS, ChangeKind.CORRECTIONS);
		assertThat(changes).anySatisfy((c) -> {
			assertThat(c.kind()).isEqualTo(ChangeKind.CORRECTIONS);
			assertThat(text(c)).contains("30+ regions", "18 regions since 2025-10-16");
		});
		assertThat(changes).extracting(CatalogChange::kind)
			.contains(ChangeKind.REGIONS, ChangeKind.FREE_TIER, ChangeKind.PLANS, ChangeKind.CORRECTIONS);
		assertThat(changes).allSatisfy((c) -> assertThat(c.citation().asOf()).as("a dated source").isNotNull());
	}

	/** The title's message code and arguments, in one line. */
	private static String text(CatalogChange change) {
		return change.title().getCodes()[0] + " " + String.join(" ", Arrays.stream(change.title().getArguments())
			.map((a) -> (a instanceof org.springframework.context.MessageSourceResolvable r) ? r.getCodes()[0]
					: String.valueOf(a))
			.toList());
	}

}
