package io.paasatlas.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paasatlas.catalog.Continent;
import io.paasatlas.geography.Metro;
import io.paasatlas.geography.Metros;
import io.paasatlas.provider.SlugList;
import org.jspecify.annotations.Nullable;

/**
 * Where the users are, as the form or a shared link says it: {@code /regions/users?metros=tokyo-jp,london-gb:2}
 * and {@code continents=europe:60,north-america:40}, with the round-trip time to reach ({@code within}, 50, 100 or
 * 150 ms) and the share of the users the region choice aims at ({@code goal}, 1 to 100%).
 *
 * @param metros metro ids, each optionally with a weight after a colon (1 when left out); repeated or comma-separated
 * @param continents continent keys with a weight after a colon; repeated or comma-separated
 * @param within the round-trip time in milliseconds, {@value #DEFAULT_WITHIN} when blank
 * @param goal the share in percent, {@value #DEFAULT_GOAL} when blank
 */
@WhereUsersAre
record UsersForm(@Nullable List<String> metros, @Nullable List<String> continents, @Nullable String within,
		@Nullable String goal) {

	static final int DEFAULT_WITHIN = 100;

	static final int DEFAULT_GOAL = 90;

	static final List<Integer> WITHIN = List.of(50, 100, 150);

	/** A continent's weight in the form's choice: 0 to 100 in steps of 10. */
	static final List<Integer> WEIGHTS = List.of(10, 20, 30, 40, 50, 60, 70, 80, 90, 100);

	static final int MAX_ENTRIES = 200;

	private static final Pattern ENTRY = Pattern.compile("([^:]*)(?::(.*))?");

	private static final Pattern WEIGHT = Pattern.compile("[0-9]{1,4}(\\.[0-9]{1,3})?");

	private static final BigDecimal MAX_WEIGHT = new BigDecimal("1000");

	/** Whether the request says anything about users: without it the page only offers the form. */
	boolean given() {
		return this.metros != null || this.continents != null;
	}

	/** The form read against the metros: the weights, or the problems found, each on its field. */
	Parsed parse(Metros known) {
		List<Problem> problems = new ArrayList<>();
		Map<Metro, Double> metroWeights = new LinkedHashMap<>();
		List<String> malformed = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		List<String> badWeights = new ArrayList<>();
		List<String> duplicates = new ArrayList<>();
		List<String> metroEntries = SlugList.split(this.metros);
		for (String entry : metroEntries) {
			Matcher m = ENTRY.matcher(entry);
			m.matches();
			String id = m.group(1).strip().toLowerCase(Locale.ROOT);
			if (!id.matches(Metro.ID)) {
				malformed.add(entry);
				continue;
			}
			Optional<Metro> metro = known.find(id);
			if (metro.isEmpty()) {
				unknown.add(id);
				continue;
			}
			Double weight = weight(m.group(2));
			if (weight == null) {
				badWeights.add(entry);
				continue;
			}
			if (metroWeights.put(metro.get(), weight) != null && !duplicates.contains(id)) {
				duplicates.add(id);
			}
		}
		add(problems, "metros", "users.error.metros.malformed", malformed);
		add(problems, "metros", "users.error.metros.unknown", unknown);
		add(problems, "metros", "users.error.metros.weight", badWeights);
		add(problems, "metros", "users.error.metros.duplicate", duplicates);
		if (metroEntries.size() > MAX_ENTRIES) {
			problems.add(new Problem("metros", "users.error.tooMany", metroEntries.size(), MAX_ENTRIES));
		}

		Map<Continent, Double> continentWeights = new LinkedHashMap<>();
		List<String> unknownContinents = new ArrayList<>();
		List<String> badContinentWeights = new ArrayList<>();
		List<String> duplicateContinents = new ArrayList<>();
		List<String> continentEntries = SlugList.split(this.continents);
		for (String entry : continentEntries) {
			Matcher m = ENTRY.matcher(entry);
			m.matches();
			String key = m.group(1).strip().toLowerCase(Locale.ROOT);
			Continent continent = continent(key);
			if (continent == null) {
				unknownContinents.add(key);
				continue;
			}
			Double weight = weight(m.group(2));
			if (weight == null) {
				badContinentWeights.add(entry);
				continue;
			}
			if (continentWeights.put(continent, weight) != null && !duplicateContinents.contains(key)) {
				duplicateContinents.add(key);
			}
		}
		add(problems, "continents", "users.error.continents.unknown", unknownContinents);
		add(problems, "continents", "users.error.continents.weight", badContinentWeights);
		add(problems, "continents", "users.error.continents.duplicate", duplicateContinents);
		if (continentEntries.size() > MAX_ENTRIES) {
			problems.add(new Problem("continents", "users.error.tooMany", continentEntries.size(), MAX_ENTRIES));
		}

		int within = DEFAULT_WITHIN;
		if (this.within != null && !this.within.isBlank()) {
			String text = this.within.strip();
			if (text.matches("[0-9]{1,3}") && WITHIN.contains(Integer.parseInt(text))) {
				within = Integer.parseInt(text);
			}
			else {
				problems.add(new Problem("within", "users.error.within", SlugList.quote(List.of(text))));
			}
		}
		int goal = DEFAULT_GOAL;
		if (this.goal != null && !this.goal.isBlank()) {
			String text = this.goal.strip();
			if (text.matches("[0-9]{1,3}") && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= 100) {
				goal = Integer.parseInt(text);
			}
			else {
				problems.add(new Problem("goal", "users.error.goal", SlugList.quote(List.of(text))));
			}
		}
		boolean anyone = metroWeights.values().stream().anyMatch((w) -> w > 0)
				|| continentWeights.values().stream().anyMatch((w) -> w > 0);
		if (given() && problems.isEmpty() && !anyone) {
			problems.add(new Problem(null, "users.error.none"));
		}
		return new Parsed(metroWeights, continentWeights, within, goal, problems);
	}

	/** The weight after the colon: 1 when there is none, {@code null} when it is not a number from 0 to 1000. */
	private static @Nullable Double weight(@Nullable String text) {
		if (text == null) {
			return 1.0;
		}
		String value = text.strip();
		if (!WEIGHT.matcher(value).matches() || new BigDecimal(value).compareTo(MAX_WEIGHT) > 0) {
			return null;
		}
		return Double.parseDouble(value);
	}

	static @Nullable Continent continent(String key) {
		for (Continent continent : Continent.values()) {
			if (continent.key().equals(key)) {
				return continent;
			}
		}
		return null;
	}

	private static void add(List<Problem> problems, String field, String code, List<String> values) {
		if (!values.isEmpty()) {
			problems.add(new Problem(field, code, SlugList.quote(values.stream().distinct().toList())));
		}
	}

	/** The checked form: weights by metro and by continent, the time and the goal, or problems. */
	record Parsed(Map<Metro, Double> metroWeights, Map<Continent, Double> continentWeights, int within, int goal,
			List<Problem> problems) {

		boolean valid() {
			return this.problems.isEmpty();
		}

		/** The continent's weight as the form's choice shows it, 0 when none. */
		int continentWeight(Continent continent) {
			return (int) Math.round(this.continentWeights.getOrDefault(continent, 0.0));
		}
	}

	/**
	 * One problem: a message code and its arguments, on a field ({@code null}: the form as a whole).
	 */
	record Problem(@Nullable String field, String code, Object... args) {
	}

}
