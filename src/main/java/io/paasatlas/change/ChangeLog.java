package io.paasatlas.change;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.paasatlas.catalog.AsOf;
import io.paasatlas.catalog.Citation;
import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.Price;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Change;
import io.paasatlas.catalog.ProviderProfile.ComputeOffer;
import io.paasatlas.catalog.ProviderProfile.Correction;
import io.paasatlas.catalog.ProviderProfile.FreeTier;
import io.paasatlas.catalog.ProviderProfile.FreeTierEntry;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.catalog.RegionStatus;
import io.paasatlas.pricing.Money;

/**
 * Every dated change the profiles record, newest first. Pure Java, from the typed facts:
 * <ul>
 * <li>regions: each entry of {@code regions.history}, and the regions a profile lists as deprecated, removed or
 * edge only, one change per status and date (the date of the source that says so);</li>
 * <li>prices: a compute offer listed several times with different dates (same preset, memory and region) is a
 * price history; each later price that differs from the one before is a change (the same figure stated more
 * precisely is not);</li>
 * <li>free tiers: each state of {@code free_tier.history}, and the current one, from the date it began;</li>
 * <li>plans and other notable changes: {@code identity.notable_changes};</li>
 * <li>corrections: a claim and what holds now, dated by the correction's source.</li>
 * </ul>
 * A change without a date (a region status whose source gives none) is not listed: this is a dated log.
 */
final class ChangeLog {

	/** Newest first; on one date, by provider name, then kind. */
	static final Comparator<CatalogChange> NEWEST_FIRST = Comparator
		.comparing((CatalogChange c) -> c.date().start(), Comparator.reverseOrder())
		.thenComparing(CatalogChange::provider, String.CASE_INSENSITIVE_ORDER)
		.thenComparing(CatalogChange::kind);

	private ChangeLog() {
	}

	/** The changes of these profiles, newest first; citations are dated against {@code today}. */
	static List<CatalogChange> of(List<ProviderProfile> profiles, Period staleAfter, LocalDate today) {
		List<CatalogChange> changes = new ArrayList<>();
		for (ProviderProfile profile : profiles) {
			Citations citations = new Citations(profile, staleAfter, today);
			Builder builder = new Builder(profile, citations, changes);
			builder.regions();
			builder.prices();
			builder.freeTiers();
			builder.notable();
			builder.corrections();
		}
		changes.sort(NEWEST_FIRST);
		return List.copyOf(changes);
	}

	/** Collects one profile's changes. */
	private record Builder(ProviderProfile profile, Citations citations, List<CatalogChange> changes) {

		void regions() {
			ProviderProfile.Regions regions = this.profile.regions();
			for (Change change : regions.history()) {
				add(change.date(), ChangeKind.REGIONS, CatalogChange.words(change.title()), change.detail(),
						this.citations.of(change, regions), "regions");
			}
			// regions no longer current, grouped by status and the date their source gives
			Map<String, List<Region>> groups = new LinkedHashMap<>();
			Map<String, Citation> cited = new LinkedHashMap<>();
			for (Region region : regions.list()) {
				if (region.effectiveStatus() == RegionStatus.CURRENT) {
					continue;
				}
				Citation citation = this.citations.of(region, regions);
				if (citation.asOf() == null) {
					continue;
				}
				String key = region.effectiveStatus().key() + "|" + citation.asOf() + "|" + citation.title();
				groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(region);
				cited.putIfAbsent(key, citation);
			}
			groups.forEach((key, list) -> {
				Citation citation = Objects.requireNonNull(cited.get(key));
				String status = list.get(0).effectiveStatus().key();
				List<String> names = list.stream().map((r) -> r.code() + " (" + r.city()
						+ ((r.replacedBy() != null) ? " → " + r.replacedBy() : "") + ")").toList();
				add(Objects.requireNonNull(citation.asOf()), ChangeKind.REGIONS,
						CatalogChange.message("regionStatus", list.size(), CatalogChange.key("regionStatus." + status),
								String.join(", ", names)),
						null, citation, "regions");
			});
		}

		void prices() {
			ProviderProfile.Pricing pricing = this.profile.pricing();
			Map<String, List<Dated<ComputeOffer>>> offers = new LinkedHashMap<>();
			for (ComputeOffer offer : pricing.computeOffers()) {
				Citation citation = this.citations.of(offer, pricing);
				if (citation.asOf() == null || !offer.monthlyUsd().known()) {
					continue;
				}
				String key = offer.preset() + "|" + offer.memoryMb() + "|" + offer.region();
				offers.computeIfAbsent(key, (k) -> new ArrayList<>()).add(new Dated<>(offer, citation));
			}
			for (List<Dated<ComputeOffer>> history : offers.values()) {
				history.sort(Comparator.comparing((Dated<ComputeOffer> d) -> d.citation().asOf()));
				for (int i = 1; i < history.size(); i++) {
					Dated<ComputeOffer> before = history.get(i - 1);
					Dated<ComputeOffer> after = history.get(i);
					Price was = before.fact().monthlyUsd();
					Price now = after.fact().monthlyUsd();
					// a price confirmed, or only stated more precisely ("~$40", then "$40"), did not change
					if (sameDate(before, after) || (was.lower().compareTo(now.lower()) == 0
							&& was.upper().compareTo(now.upper()) == 0)) {
						continue;
					}
					add(Objects.requireNonNull(after.citation().asOf()), ChangeKind.PRICES,
							CatalogChange.message("price", label(after.fact()), Money.price(was), Money.price(now),
									Objects.requireNonNull(before.citation().asOf()).text()),
							after.fact().note(), after.citation(), "pricing");
				}
			}
		}

		void freeTiers() {
			FreeTier free = this.profile.pricing().freeTier();
			for (FreeTierEntry entry : free.history()) {
				add(entry.since(), ChangeKind.FREE_TIER,
						CatalogChange.message("freeTier", CatalogChange.key("freeTier." + entry.status().key())),
						entry.details(), this.citations.of(entry, free, this.profile.pricing()), "pricing");
			}
			if (free.since() != null) {
				add(free.since(), ChangeKind.FREE_TIER,
						CatalogChange.message("freeTier", CatalogChange.key("freeTier." + free.status().key())),
						free.details(), this.citations.of(free, this.profile.pricing()), "pricing");
			}
		}

		void notable() {
			ProviderProfile.Identity identity = this.profile.identity();
			for (Change change : identity.notableChanges()) {
				add(change.date(), ChangeKind.PLANS, CatalogChange.words(change.title()), change.detail(),
						this.citations.of(change, identity), "overview");
			}
		}

		void corrections() {
			for (Correction correction : this.profile.corrections()) {
				Citation citation = this.citations.of(correction);
				if (citation.asOf() == null) {
					continue;
				}
				ProviderProfile.Source claimed = this.profile.sources().get(correction.claimSource());
				String claimSource = (claimed != null) ? claimed.title() : correction.claimSource();
				add(citation.asOf(), ChangeKind.CORRECTIONS,
						CatalogChange.message("correction", correction.phrases().get(0), claimSource,
								correction.claimAsOf().text(), correction.now()),
						null, citation, "overview");
			}
		}

		private void add(AsOf date, ChangeKind kind, org.springframework.context.MessageSourceResolvable title,
				@org.jspecify.annotations.Nullable String detail, Citation citation, String section) {
			this.changes.add(new CatalogChange(date, this.profile.slug(), this.profile.name(), kind, title, detail,
					citation, section));
		}

		private static boolean sameDate(Dated<?> a, Dated<?> b) {
			return Objects.equals(a.citation().asOf(), b.citation().asOf());
		}

		/** "shared-cpu-1x, 256 MB, sjc": the preset and what the source says of its size and region. */
		private static String label(ComputeOffer offer) {
			StringBuilder label = new StringBuilder(offer.preset());
			if (offer.memoryMb() != null) {
				label.append(", ").append(offer.memoryMb()).append(" MB");
			}
			if (offer.region() != null) {
				label.append(", ").append(offer.region());
			}
			return label.toString();
		}


	}

	/** A fact with its citation. */
	private record Dated<T>(T fact, Citation citation) {
	}

}
