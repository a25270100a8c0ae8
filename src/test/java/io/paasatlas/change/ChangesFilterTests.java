package io.paasatlas.change;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page number of the changes list: the same limit and message as the catalog table's. */
class ChangesFilterTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void acceptsPagesFromOneTo99999() {
		assertThat(VALIDATOR.validate(new ChangesFilter(null, null, "1"))).isEmpty();
		assertThat(VALIDATOR.validate(new ChangesFilter(null, null, "99999"))).isEmpty();
		assertThat(new ChangesFilter(null, null, " 2 ").pageOrFirst()).isEqualTo(2);
		assertThat(new ChangesFilter(null, null, null).pageOrFirst()).isEqualTo(1);
	}

	@Test
	void rejectsAnythingElseWithThePageMessage() {
		for (String bad : new String[] { "0", "100000", "-1", "1.5", "1e3", "abc", "", "NaN" }) {
			assertThat(VALIDATOR.validate(new ChangesFilter(null, null, bad))).as(bad)
				.extracting(ConstraintViolation::getMessage)
				.containsExactly("must be a page number from 1 to 99999");
		}
	}

}
