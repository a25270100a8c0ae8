package io.paasatlas.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.util.DetailedError;

import static org.assertj.core.api.Assertions.assertThat;

/** The one error list's order: the form record's, whatever order the validator reported in. */
class AtlasDialectTests {

	private final AtlasDialect.Forms forms = new AtlasDialect.Forms();

	private record Form(String first, String second, String third) {
	}

	@Test
	void listsErrorsAboutTheWholeFormFirstThenEachFieldInTheRecordsOrder() {
		List<DetailedError> reported = List.of(new DetailedError("third", "c", null, "third is wrong"),
				new DetailedError("first", "c", null, "first is wrong"), new DetailedError("c", null, "none given"),
				new DetailedError("second", "c", null, "second is wrong"));

		assertThat(this.forms.ordered(new Form("", "", ""), reported)).extracting(DetailedError::getMessage)
			.containsExactly("none given", "first is wrong", "second is wrong", "third is wrong");
	}

	@Test
	void aFieldsOwnErrorsReadTheSameOnEveryRun() {
		List<DetailedError> one = List.of(new DetailedError("second", "c", null, "b"),
				new DetailedError("second", "c", null, "a"));
		List<DetailedError> other = List.of(one.get(1), one.get(0));

		assertThat(this.forms.ordered(new Form("", "", ""), one)).extracting(DetailedError::getMessage)
			.containsExactly("a", "b");
		assertThat(this.forms.ordered(new Form("", "", ""), other)).extracting(DetailedError::getMessage)
			.containsExactly("a", "b");
	}

	@Test
	void fieldsTheRecordDoesNotNameComeLast() {
		List<DetailedError> reported = List.of(new DetailedError("elsewhere", "c", null, "x"),
				new DetailedError("third", "c", null, "y"));

		assertThat(this.forms.ordered(new Form("", "", ""), reported)).extracting(DetailedError::getFieldName)
			.containsExactly("third", "elsewhere");
	}

}
