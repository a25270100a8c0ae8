package io.paasatlas.catalog;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How fresh and how well sourced each profile is, for the data editors' check ({@code --catalog.validate-only}).
 * A fact is any record of a profile that may cite a source ({@link Sourced}); it counts as sourced and dated when it
 * names a source, or inherits one, and has a date, its own, inherited or its source's (see {@link Citations}). A fact
 * whose date ends before today minus {@code catalog.stale-after} is possibly stale; the report groups those by source
 * and date, so that each line is one page to read again. A source declared under {@code sources} that no fact cites
 * is listed too (code may still cite it by id, as the deployment kits do).
 */
public final class Freshness {

	private Freshness() {
	}

	/** Each profile's figures, in the report's order. */
	public static List<ProfileFreshness> of(CatalogReport report, Period staleAfter, LocalDate today) {
		List<ProfileFreshness> result = new ArrayList<>();
		for (CatalogReport.Entry entry : report.entries()) {
			result.add(of(entry.profile(), entry.file(), entry.locator(), staleAfter, today));
		}
		return result;
	}

	/** One profile's figures; {@code locator} gives the lines of its fields. */
	static ProfileFreshness of(ProviderProfile profile, String file, @Nullable YamlLocator locator, Period staleAfter,
			LocalDate today) {
		Citations citations = new Citations(profile, staleAfter, today);
		Map<FieldPath, Sourced> sourced = new HashMap<>();
		Set<String> cited = new LinkedHashSet<>();
		int[] counts = new int[2];
		Map<String, Stale> stale = new LinkedHashMap<>();
		Map<String, List<Object>> firstPaths = new LinkedHashMap<>();
		ProfileRules.walk(profile, FieldPath.ROOT, (path, name, value) -> {
			if ((name.equals("source") || name.endsWith("_source")) && value instanceof String id) {
				cited.add(id);
			}
			if (!(value instanceof Sourced fact)) {
				return;
			}
			sourced.put(path, fact);
			List<Sourced> sections = enclosing(path, sourced);
			counts[0]++;
			Citation citation = citations.of(fact, sections.toArray(Sourced[]::new));
			boolean hasSource = fact.source() != null || sections.stream().anyMatch((s) -> s.source() != null);
			if (hasSource && citation.asOf() != null) {
				counts[1]++;
			}
			if (citation.stale() && citation.asOf() != null) {
				String key = citation.title() + "|" + citation.asOf();
				Stale group = stale.get(key);
				stale.put(key, (group == null) ? new Stale(citation.title(), citation.asOf(), 1, path.toString(), 0)
						: group.plusOne());
				firstPaths.putIfAbsent(key, path.segments());
			}
		});
		if (locator != null && !firstPaths.isEmpty()) {
			// one tree for the profile's questions, not kept: a catalog's trees would not fit the heap together
			int[] lines = locator.linesOnce(List.copyOf(firstPaths.values()));
			int i = 0;
			for (Map.Entry<String, Stale> group : stale.entrySet()) {
				group.setValue(group.getValue().at(lines[i++]));
			}
		}
		List<String> uncited = profile.sources().keySet().stream().filter((id) -> !cited.contains(id)).toList();
		return new ProfileFreshness(profile.slug(), file, counts[0], counts[1], List.copyOf(stale.values()), uncited);
	}

	/** The facts that enclose the one at {@code path}, innermost first. */
	private static List<Sourced> enclosing(FieldPath path, Map<FieldPath, Sourced> sourced) {
		List<Sourced> sections = new ArrayList<>();
		for (int end = path.segments().size() - 1; end > 0; end--) {
			Sourced section = sourced.get(new FieldPath(path.segments().subList(0, end)));
			if (section != null) {
				sections.add(section);
			}
		}
		return sections;
	}

	/** The report as the check prints it: a line per profile, a line per stale source and date, a total. */
	public static String describe(List<ProfileFreshness> profiles, Period staleAfter, LocalDate today) {
		String nl = System.lineSeparator();
		StringBuilder text = new StringBuilder("Freshness (catalog.stale-after=").append(staleAfter)
			.append(": facts dated before ").append(today.minus(staleAfter)).append(" are possibly stale)");
		int facts = 0;
		int sourced = 0;
		int stale = 0;
		int uncited = 0;
		for (ProfileFreshness p : profiles) {
			facts += p.facts();
			sourced += p.sourcedAndDated();
			stale += p.staleFacts();
			uncited += p.uncited().size();
			text.append(nl).append("  ").append(p.file()).append(": ").append(p.facts()).append(" facts, ")
				.append(p.sourcedAndDated()).append(" (").append(percent(p.sourcedAndDated(), p.facts()))
				.append(") with a source and a date; ").append(p.staleFacts()).append(" possibly stale; ")
				.append("sources no fact cites: ").append(p.uncited().isEmpty() ? "none" : String.join(", ", p.uncited()));
			for (Stale s : p.stale()) {
				text.append(nl).append("    stale: ").append(s.source()).append(", as of ").append(s.asOf())
					.append(": ").append(s.facts()).append((s.facts() == 1) ? " fact" : " facts").append(" (first ")
					.append((s.line() > 0) ? p.file() + ":" + s.line() + ": " : "").append(s.firstField()).append(')');
			}
		}
		text.append(nl).append("  All: ").append(facts).append(" facts, ").append(percent(sourced, facts))
			.append(" with a source and a date, ").append(stale).append(" possibly stale, ").append(uncited)
			.append((uncited == 1) ? " source" : " sources")
			.append(" no fact cites (code may cite some: the deployment kits cite their sources by id).");
		return text.toString();
	}

	private static String percent(int part, int whole) {
		return (whole == 0) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
	}

	/**
	 * One profile's freshness.
	 *
	 * @param facts how many facts it has
	 * @param sourcedAndDated how many name or inherit a source and have a date
	 * @param stale its possibly stale facts, by source and date
	 * @param uncited the ids of its sources that no fact cites
	 */
	public record ProfileFreshness(String slug, String file, int facts, int sourcedAndDated, List<Stale> stale,
			List<String> uncited) {

		/** The share of facts with a source and a date, from 0 to 1. */
		public double sourcedShare() {
			return (this.facts == 0) ? 1 : (double) this.sourcedAndDated / this.facts;
		}

		public int staleFacts() {
			return this.stale.stream().mapToInt(Stale::facts).sum();
		}
	}

	/**
	 * The possibly stale facts that cite one source at one date.
	 *
	 * @param source the source's title (or the URL a fact cites)
	 * @param firstField the path of the first such fact
	 * @param line its line in the file, 0 when unknown
	 */
	public record Stale(String source, AsOf asOf, int facts, String firstField, int line) {

		Stale plusOne() {
			return new Stale(this.source, this.asOf, this.facts + 1, this.firstField, this.line);
		}

		Stale at(int line) {
			return new Stale(this.source, this.asOf, this.facts, this.firstField, line);
		}
	}

}
