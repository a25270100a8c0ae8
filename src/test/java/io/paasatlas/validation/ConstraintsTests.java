package io.paasatlas.validation;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared constraints on their own, as every form uses them: what a typed number, a page and a list of areas may
 * be, and the one message each mistake gets.
 */
class ConstraintsTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	record Amount(@Quantity(min = "0", max = "100", message = "{amount}") @Nullable String value) {
	}

	record Blankable(@Quantity(min = "1", max = "10", optional = true, message = "{optional}") @Nullable String value) {
	}

	record Whole(@Quantity(min = "0", max = "100", whole = true, message = "{whole}") @Nullable String value) {
	}

	record Count(@Instances @Nullable String value) {
	}

	record Page(@PageNumber @Nullable String value) {
	}

	record Areas(@AreaKeys(max = 3) @Nullable String value) {
	}

	/** The message templates of the violations, in no particular order. */
	private static List<String> templates(Object form) {
		return VALIDATOR.validate(form).stream().map(ConstraintViolation::getMessageTemplate).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "100", "42", " 42 ", "12.5", ".5", "99.123456" })
	void aQuantityTakesDigitsWithinItsLimits(String value) {
		assertThat(templates(new Amount(value))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "101", "100.000001", "1e2", "NaN", "Infinity", "0x10", "1,5", "12345678901",
			"1.1234567", "", "  ", "12 kg" })
	void aQuantityRejectsSignsExponentsWordsAndNumbersOutOfBoundsWithItsOwnMessage(String value) {
		assertThat(templates(new Amount(value))).containsExactly("{amount}");
	}

	@Test
	void aQuantityNotGivenIsLeftToTheFormWhileBlankIsNoneOnlyWhenOptional() {
		assertThat(templates(new Amount(null))).isEmpty();
		assertThat(templates(new Blankable(""))).isEmpty();
		assertThat(templates(new Blankable("11"))).containsExactly("{optional}");
	}

	@Test
	void aWholeQuantityRejectsDecimals() {
		assertThat(templates(new Whole("7"))).isEmpty();
		assertThat(templates(new Whole("7.5"))).containsExactly("{whole}");
	}

	@Test
	void instancesAndPagesHaveOneLimitAndOneMessage() {
		assertThat(templates(new Count(Integer.toString(Instances.MIN)))).isEmpty();
		assertThat(templates(new Count(Integer.toString(Instances.MAX)))).isEmpty();
		assertThat(templates(new Count(Integer.toString(Instances.MAX + 1)))).containsExactly("{form.error.instances}");
		assertThat(templates(new Count("0"))).containsExactly("{form.error.instances}");
		assertThat(templates(new Count("2.5"))).containsExactly("{form.error.instances}");
		assertThat(templates(new Page(Integer.toString(PageNumber.MAX)))).isEmpty();
		assertThat(templates(new Page(Integer.toString(PageNumber.MAX + 1)))).containsExactly("{filter.page.invalid}");
	}

	@Test
	void areaKeysNameEachMistake() {
		assertThat(templates(new Areas("us-east,eu-west"))).isEmpty();
		assertThat(templates(new Areas(null))).isEmpty();
		assertThat(templates(new Areas(""))).containsExactly("{form.error.regions.count}");
		assertThat(templates(new Areas("us-east,eu-west,us-west,eu-central"))).containsExactly(
				"{form.error.regions.count}");
		assertThat(templates(new Areas("us-east,mars"))).containsExactly("{form.error.regions.unknown}");
		assertThat(templates(new Areas("us-east,us-east"))).containsExactly("{form.error.regions.duplicate}");
		assertThat(templates(new Areas("us-east,".repeat(100)))).containsExactly("{form.error.regions.count}");
	}

}
