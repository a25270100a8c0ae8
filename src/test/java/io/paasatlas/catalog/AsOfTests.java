package io.paasatlas.catalog;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Dates at the precision a source gives them. */
class AsOfTests {

	@Test
	void parsesAYearAsItsFirstDay() {
		AsOf asOf = AsOf.parse("2025");
		assertThat(asOf.start()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(asOf.text()).isEqualTo("2025");
	}

	@Test
	void parsesAMonthAsItsFirstDay() {
		AsOf asOf = AsOf.parse("2024-10");
		assertThat(asOf.start()).isEqualTo(LocalDate.of(2024, 10, 1));
		assertThat(asOf).hasToString("2024-10");
	}

	@Test
	void parsesADay() {
		AsOf asOf = AsOf.parse("2025-10-16");
		assertThat(asOf.start()).isEqualTo(LocalDate.of(2025, 10, 16));
		assertThat(asOf).hasToString("2025-10-16");
	}

	@Test
	void ignoresSurroundingWhitespace() {
		assertThat(AsOf.parse(" 2025-10 ")).isEqualTo(AsOf.parse("2025-10"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "25", "20255", "2025-1", "2025-13", "2025-02-30", "2025/10/16", "16.10.2025",
			"last year", "abcd", "2025-10-16T10:00" })
	void rejectsTextThatIsNotADate(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> AsOf.parse(text))
			.withMessage("'" + text + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
	}

	@Test
	void endsAYearOnTheLastDayOfTheYear() {
		assertThat(AsOf.parse("2024").end()).isEqualTo(LocalDate.of(2024, 12, 31));
	}

	@Test
	void endsAMonthOnItsLastDay() {
		assertThat(AsOf.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(AsOf.parse("2025-02").end()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(AsOf.parse("2025-10").end()).isEqualTo(LocalDate.of(2025, 10, 31));
	}

	@Test
	void endsADayOnThatDay() {
		assertThat(AsOf.parse("2025-10-16").end()).isEqualTo(LocalDate.of(2025, 10, 16));
	}

	@Test
	void ordersByFirstDay() {
		assertThat(AsOf.parse("2024-12-31")).isLessThan(AsOf.parse("2025"));
		assertThat(AsOf.parse("2025")).isLessThan(AsOf.parse("2025-01-02"));
		assertThat(AsOf.parse("2025").compareTo(AsOf.parse("2025-01-01"))).isZero();
	}

}
