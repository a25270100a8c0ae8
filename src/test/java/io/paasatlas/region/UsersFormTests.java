package io.paasatlas.region;

import java.util.List;

import io.paasatlas.catalog.Continent;
import io.paasatlas.geography.Metros;
import io.paasatlas.region.UsersForm.Parsed;
import io.paasatlas.region.UsersForm.Problem;
import org.junit.jupiter.api.Test;

import static io.paasatlas.geography.RegionFixtures.LONDON;
import static io.paasatlas.geography.RegionFixtures.TOKYO;
import static io.paasatlas.geography.RegionFixtures.metro;
import static io.paasatlas.geography.RegionFixtures.metros;
import static org.assertj.core.api.Assertions.assertThat;

/** What the users form accepts, and each mistake reported on its field with what was wrong. */
class UsersFormTests {

	private final Metros known = metros(metro("london-gb", Continent.EUROPE, LONDON, 9),
			metro("tokyo-jp", Continent.ASIA, TOKYO, 14));

	@Test
	void readsMetrosWithOrWithoutWeightsRepeatedOrCommaSeparated() {
		Parsed parsed = parse(List.of("london-gb:3,tokyo-jp"), null, null, null);

		assertThat(parsed.valid()).isTrue();
		assertThat(parsed.metroWeights()).hasSize(2).containsValues(3.0, 1.0);
		assertThat(parsed.within()).isEqualTo(100);
		assertThat(parsed.goal()).isEqualTo(90);
		assertThat(parse(List.of("london-gb", "tokyo-jp"), null, "50", "75").metroWeights()).hasSize(2);
	}

	@Test
	void readsContinentsWithWeightsAndIgnoresTheFormsEmptyChoices() {
		Parsed parsed = parse(null, List.of("europe:60", "", "north-america:40", ""), "150", "95");

		assertThat(parsed.valid()).isTrue();
		assertThat(parsed.continentWeights()).containsEntry(Continent.EUROPE, 60.0)
			.containsEntry(Continent.NORTH_AMERICA, 40.0);
		assertThat(parsed.continentWeight(Continent.EUROPE)).isEqualTo(60);
		assertThat(parsed.within()).isEqualTo(150);
		assertThat(parsed.goal()).isEqualTo(95);
	}

	@Test
	void anUnknownMetroIsNamed() {
		assertThat(problems(parse(List.of("london-gb,atlantis-xx"), null, null, null)))
			.containsExactly("metros:users.error.metros.unknown:'atlantis-xx'");
	}

	@Test
	void anUnknownContinentIsNamed() {
		assertThat(problems(parse(null, List.of("antarctica:10"), null, null)))
			.containsExactly("continents:users.error.continents.unknown:'antarctica'");
	}

	@Test
	void malformedIdsAndWeightsAreNamed() {
		assertThat(problems(parse(List.of("<script>", "tokyo-jp:-1", "london-gb:1e9"), null, null, null)))
			.containsExactly("metros:users.error.metros.malformed:'<script>'",
					"metros:users.error.metros.weight:'tokyo-jp:-1', 'london-gb:1e9'");
		assertThat(problems(parse(null, List.of("europe:lots"), null, null)))
			.containsExactly("continents:users.error.continents.weight:'europe:lots'");
	}

	@Test
	void aMetroTwiceIsAMistake() {
		assertThat(problems(parse(List.of("tokyo-jp", "tokyo-jp:2"), null, null, null)))
			.containsExactly("metros:users.error.metros.duplicate:'tokyo-jp'");
	}

	@Test
	void onlyTheOfferedTimesAndWholePercentagesAreGoals() {
		assertThat(problems(parse(List.of("tokyo-jp"), null, "75", "0")))
			.containsExactly("within:users.error.within:'75'", "goal:users.error.goal:'0'");
		assertThat(problems(parse(List.of("tokyo-jp"), null, "abc", "100.5")))
			.containsExactly("within:users.error.within:'abc'", "goal:users.error.goal:'100.5'");
	}

	@Test
	void aFilledFormWithNobodyInItSaysSo() {
		assertThat(problems(parse(List.of(), List.of("", "europe:0"), "100", "90")))
			.containsExactly("-:users.error.none:");
	}

	@Test
	void withoutUsersTheFormIsNotGivenAndHasNoProblem() {
		UsersForm form = new UsersForm(null, null, null, null);

		assertThat(form.given()).isFalse();
		assertThat(form.parse(this.known).problems()).isEmpty();
	}

	private Parsed parse(List<String> metros, List<String> continents, String within, String goal) {
		return new UsersForm(metros, continents, within, goal).parse(this.known);
	}

	private static List<String> problems(Parsed parsed) {
		return parsed.problems().stream().map(UsersFormTests::describe).toList();
	}

	private static String describe(Problem problem) {
		return ((problem.field() != null) ? problem.field() : "-") + ":" + problem.code() + ":"
				+ String.join(",", java.util.Arrays.stream(problem.args()).map(String::valueOf).toList());
	}

}
