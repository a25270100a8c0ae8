package io.paasatlas.provider;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.paasatlas.catalog.AsOf;
import io.paasatlas.catalog.Citation;
import io.paasatlas.catalog.Citations;
import io.paasatlas.catalog.Corrections;
import io.paasatlas.catalog.FeatureKey;
import io.paasatlas.catalog.Notes;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.ComputeOffer;
import io.paasatlas.catalog.ProviderProfile.Feature;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.catalog.RegionStatus;
import io.paasatlas.catalog.Sourced;
import org.jspecify.annotations.Nullable;

/**
 * What the provider page shows: the profile, plus what the template should not compute itself (citations with
 * inheritance and staleness, price history grouped per offer, every standard feature in order).
 */
public final class ProviderPage {

	private final ProviderProfile profile;

	private final Citations citations;

	private final Map<String, String> providerNames;

	private final Period staleAfter;

	private final Notes notes;

	private final Corrections corrections;

	private @Nullable Map<Sourced, Citation> history;

	ProviderPage(ProviderProfile profile, Period staleAfter, LocalDate today, Map<String, String> providerNames) {
		this.profile = profile;
		this.citations = new Citations(profile, staleAfter, today);
		this.providerNames = providerNames;
		this.staleAfter = staleAfter;
		this.notes = new Notes("n", this::about);
		this.corrections = new Corrections(profile.corrections());
	}

	/** Prose with its corrections in place ({@code fragments/corrected :: text}). */
	public List<Corrections.Segment> segments(@Nullable String text) {
		return this.corrections.split(text);
	}

	public ProviderProfile getProfile() {
		return this.profile;
	}

	/** The source and date of a fact, inherited from its sections when it gives none. */
	public Citation cite(@Nullable Sourced fact, @Nullable Sourced... sections) {
		return this.citations.of(fact, sections);
	}

	/** A fact's numbered note: its source in the list at the foot of the page, with its date. */
	public Notes.Ref note(@Nullable Sourced fact, @Nullable Sourced... sections) {
		return this.notes.ref(cite(fact, sections));
	}

	/** The sources the page has cited so far, numbered: rendered after the last fact. */
	public Notes getNotes() {
		return this.notes;
	}

	/** The profile's id and note for a cited source, found by its title and link. */
	private Notes.@Nullable About about(Citation citation) {
		return this.profile.sources().entrySet().stream()
			.filter((e) -> e.getValue().title().equals(citation.title())
					&& Objects.equals(e.getValue().url(), citation.url()))
			.findFirst()
			.map((e) -> new Notes.About(e.getKey(), e.getValue().note()))
			.orElse(null);
	}

	public Period getStaleAfter() {
		return this.staleAfter;
	}

	public String nameOf(String slug) {
		return this.providerNames.getOrDefault(slug, slug);
	}

	/** Offers grouped by preset and memory, each group's entries newest first: the price history. */
	public List<OfferGroup> getOfferGroups() {
		Map<String, List<ComputeOffer>> groups = new LinkedHashMap<>();
		for (ComputeOffer offer : this.profile.pricing().computeOffers()) {
			groups.computeIfAbsent(offer.preset() + "|" + offer.memoryMb() + "|" + offer.region(),
					(key) -> new ArrayList<>()).add(offer);
		}
		List<OfferGroup> result = new ArrayList<>();
		for (List<ComputeOffer> entries : groups.values()) {
			List<ComputeOffer> sorted = new ArrayList<>(entries);
			sorted.sort(Comparator.comparing((ComputeOffer o) -> asOf(o), Comparator.nullsLast(Comparator.reverseOrder())));
			result.add(new OfferGroup(sorted.get(0), sorted.subList(1, sorted.size())));
		}
		return result;
	}

	private @Nullable AsOf asOf(ComputeOffer offer) {
		return cite(offer, this.profile.pricing()).asOf();
	}

	/** Every standard feature in page order; one the profile does not list is shown as unknown. */
	public List<FeatureRow> getFeatures() {
		List<FeatureRow> rows = new ArrayList<>();
		for (FeatureKey key : FeatureKey.values()) {
			Feature feature = this.profile.features().stream().filter((f) -> f.key() == key).findFirst().orElse(null);
			rows.add(new FeatureRow(key, feature));
		}
		return rows;
	}

	public List<Region> getCurrentRegions() {
		return regions(true);
	}

	public List<Region> getFormerRegions() {
		return regions(false);
	}

	private List<Region> regions(boolean current) {
		return this.profile.regions().list().stream()
			.filter((r) -> (r.effectiveStatus() == RegionStatus.CURRENT) == current)
			.toList();
	}

	/** Region counts, oldest first, to show how the list changed. */
	public List<ProviderProfile.RegionCount> getRegionCounts() {
		return this.profile.regions().counts().stream().sorted(Comparator.comparing(ProviderProfile.RegionCount::asOf)).toList();
	}

	public List<ProviderProfile.Change> getRegionHistory() {
		return this.profile.regions().history().stream().sorted(Comparator.comparing(ProviderProfile.Change::date)).toList();
	}

	public List<ProviderProfile.Change> getNotableChanges() {
		return this.profile.identity().notableChanges().stream()
			.sorted(Comparator.comparing(ProviderProfile.Change::date))
			.toList();
	}

	public List<ProviderProfile.FreeTierEntry> getFreeTierHistory() {
		return this.profile.pricing().freeTier().history().stream()
			.sorted(Comparator.comparing(ProviderProfile.FreeTierEntry::since))
			.toList();
	}

	/** The sources in id order, for the list at the foot of the page. */
	public List<Map.Entry<String, ProviderProfile.Source>> getSources() {
		return this.profile.sources().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
	}

	/**
	 * The profile's sources that no fact on the page, nor on its history page, has cited: listed after the notes,
	 * so none is lost.
	 */
	public List<Map.Entry<String, ProviderProfile.Source>> getUncitedSources() {
		Set<String> cited = new HashSet<>(historySources());
		this.notes.getList().stream().map(Notes.Note::key).filter(Objects::nonNull).forEach(cited::add);
		return getSources().stream().filter((e) -> !cited.contains(e.getKey())).toList();
	}

	/** Whether the profile has a history to show on its own page (the provider page links to it). */
	public boolean hasHistory() {
		return !getNotableChanges().isEmpty() || !getFreeTierHistory().isEmpty() || hasPriceHistory()
				|| !getFormerRegions().isEmpty() || !getRegionHistory().isEmpty();
	}

	/** The ids of the sources the history page cites. */
	private Set<String> historySources() {
		Set<String> keys = new HashSet<>();
		for (Citation citation : historyCitations().values()) {
			Notes.About about = about(citation);
			if (about != null) {
				keys.add(about.key());
			}
		}
		return keys;
	}

	/** A history page entry's numbered note, its source inherited as {@link #historyCitations} says. */
	public Notes.Ref historyNote(Sourced fact) {
		Citation citation = historyCitations().get(fact);
		return this.notes.ref((citation != null) ? citation : cite(fact));
	}

	/**
	 * Each entry of the history page with its citation, inherited from the sections it belongs to: the one place
	 * that says which, for the history page's notes and for the provider page's list of sources not cited.
	 */
	private Map<Sourced, Citation> historyCitations() {
		Map<Sourced, Citation> history = this.history;
		if (history == null) {
			ProviderProfile.Identity id = this.profile.identity();
			ProviderProfile.Pricing pricing = this.profile.pricing();
			ProviderProfile.Regions regions = this.profile.regions();
			// by identity: two entries may be equal records yet belong to different sections
			Map<Sourced, Citation> built = new IdentityHashMap<>();
			getNotableChanges().forEach((c) -> built.put(c, cite(c, id)));
			getFreeTierHistory().forEach((h) -> built.put(h, cite(h, pricing.freeTier(), pricing)));
			getOfferGroups().forEach((g) -> g.history().forEach((o) -> built.put(o, cite(o, pricing))));
			getFormerRegions().forEach((r) -> built.put(r, cite(r, regions)));
			getRegionHistory().forEach((c) -> built.put(c, cite(c, regions)));
			history = built;
			this.history = history;
		}
		return history;
	}

	/** Whether some offer has earlier prices: they are listed, collapsed, below the table. */
	public boolean hasPriceHistory() {
		return getOfferGroups().stream().anyMatch((g) -> !g.history().isEmpty());
	}

	/**
	 * An offer with its earlier prices.
	 *
	 * @param current the newest entry
	 * @param history the older entries, newest first
	 */
	public record OfferGroup(ComputeOffer current, List<ComputeOffer> history) {
	}

	/** A standard feature and the profile's entry for it, {@code null} when the profile says nothing. */
	public record FeatureRow(FeatureKey key, @Nullable Feature feature) {

		public String support() {
			return (this.feature != null) ? this.feature.support().key() : "unknown";
		}

		public boolean listed() {
			return Objects.nonNull(this.feature);
		}
	}

}
