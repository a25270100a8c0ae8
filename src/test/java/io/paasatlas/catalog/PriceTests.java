package io.paasatlas.catalog;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Prices as sources state them: exact, approximate, a range, or unknown. */
class PriceTests {

	@Test
	void parsesAnExactPrice() {
		Price price = Price.parse("0.15");
		assertThat(price.min()).isEqualByComparingTo("0.15");
		assertThat(price.max()).isEqualByComparingTo("0.15");
		assertThat(price.approximate()).isFalse();
		assertThat(price.known()).isTrue();
		assertThat(price.range()).isFalse();
		assertThat(price.value()).isEqualByComparingTo("0.15");
		assertThat(price).hasToString("0.15").isEqualTo(Price.exact(new BigDecimal("0.15")));
	}

	@Test
	void parsesAnApproximatePrice() {
		Price price = Price.parse("~5");
		assertThat(price.approximate()).isTrue();
		assertThat(price.value()).isEqualByComparingTo("5");
		assertThat(price).hasToString("~5");
	}

	@Test
	void parsesARange() {
		Price price = Price.parse("2-3");
		assertThat(price.range()).isTrue();
		assertThat(price.min()).isEqualByComparingTo("2");
		assertThat(price.max()).isEqualByComparingTo("3");
		assertThat(price.approximate()).isFalse();
		assertThat(price).hasToString("2-3");
	}

	@Test
	void parsesAnApproximateRange() {
		Price price = Price.parse("~20-25");
		assertThat(price.approximate()).isTrue();
		assertThat(price.range()).isTrue();
		assertThat(price).hasToString("~20-25");
	}

	@Test
	void toleratesADollarSignAndSpaces() {
		assertThat(Price.parse("$5")).isEqualTo(Price.parse("5"));
		assertThat(Price.parse("~ $2 - $3")).isEqualTo(Price.parse("~2-3"));
		assertThat(Price.parse(" 0.15 ")).isEqualTo(Price.parse("0.15"));
	}

	@Test
	void parsesUnknownInAnyCase() {
		assertThat(Price.parse("unknown")).isSameAs(Price.UNKNOWN);
		assertThat(Price.parse("Unknown")).isSameAs(Price.UNKNOWN);
		assertThat(Price.UNKNOWN.known()).isFalse();
		assertThat(Price.UNKNOWN.range()).isFalse();
		assertThat(Price.UNKNOWN.value()).isNull();
		assertThat(Price.UNKNOWN).hasToString("unknown");
	}

	@Test
	void parsesANegativePriceForTheRulesToReject() {
		assertThat(Price.parse("-5").min()).isEqualByComparingTo("-5");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "free", "5 USD", "5-", "-", "~", "1e3", "5,00", "2-3-4", "$" })
	void rejectsTextThatIsNotAPrice(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Price.parse(text))
			.withMessageStartingWith("'" + text + "' is not a price");
	}

	@Test
	void rejectsARangeWhoseUpperBoundIsBelowItsLowerBound() {
		assertThatIllegalArgumentException().isThrownBy(() -> Price.parse("3-2"))
			.withMessage("'3-2' is a range whose upper bound is below its lower bound");
	}

	@Test
	void valueOfARangeIsItsMidpoint() {
		assertThat(Price.parse("2-3").value()).isEqualByComparingTo("2.5");
		assertThat(Price.parse("~20-25").value()).isEqualByComparingTo("22.5");
		assertThat(Price.parse("0.01-0.02").value()).isEqualByComparingTo("0.015");
		assertThat(Price.parse("2-2").value()).isEqualByComparingTo("2");
		assertThat(Price.parse("2-2").range()).isFalse();
	}

}
