package io.paasatlas.comparison;

import java.util.Arrays;
import java.util.List;

import io.paasatlas.provider.SlugList;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.ObjectError;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks of the slug list: each error names exactly what is wrong. */
class ComparisonFormValidatorTests {

	private final ComparisonFormValidator validator = new ComparisonFormValidator();

	@Test
	void slugsAreSplitAtCommasTrimmedAndKeptInOrder() {
		ComparisonForm form = new ComparisonForm(List.of("render, fly-io,", "heroku"));
		assertThat(form.slugs()).containsExactly("render", "fly-io", "heroku");
		assertThat(form.query()).isEqualTo("render,fly-io,heroku");
		assertThat(validate(form).hasErrors()).isFalse();
	}

	@Test
	void noParameterIsNoError() {
		ComparisonForm form = new ComparisonForm(null);
		assertThat(form.given()).isFalse();
		assertThat(validate(form).hasErrors()).isFalse();
	}

	@Test
	void rejectsAnEmptyList() {
		assertThat(codes(validate(new ComparisonForm(List.of(""))))).containsExactly("compare.error.none");
	}

	@Test
	void rejectsASingleProviderAndNamesIt() {
		Errors errors = validate(new ComparisonForm(List.of("fly-io")));
		assertThat(codes(errors)).containsExactly("compare.error.tooFew");
		assertThat(errors.getGlobalError().getArguments()).containsExactly(1, 2, "'fly-io'");
	}

	@Test
	void rejectsMoreThanSixProviders() {
		Errors errors = validate(new ComparisonForm(List.of("a,b,c,d,e,f,g")));
		assertThat(codes(errors)).containsExactly("compare.error.tooMany");
		assertThat(errors.getGlobalError().getArguments()).containsExactly(7, 6);
	}

	@Test
	void rejectsDuplicatesAndNamesThem() {
		Errors errors = validate(new ComparisonForm(List.of("fly-io,heroku", "fly-io")));
		assertThat(codes(errors)).containsExactly("compare.error.duplicate");
		assertThat(errors.getGlobalError().getArguments()).containsExactly("'fly-io'");
	}

	@Test
	void rejectsMalformedSlugsAndNamesEach() {
		Errors errors = validate(new ComparisonForm(List.of("Fly.io,heroku,fly_io,-x,a--b")));
		assertThat(codes(errors)).containsExactly("compare.error.malformed");
		assertThat(errors.getGlobalError().getArguments()).containsExactly("'Fly.io', 'fly_io', '-x', 'a--b'");
	}

	@Test
	void reportsEveryProblemAtOnce() {
		Errors errors = validate(new ComparisonForm(List.of("a,a,a,a,a,a,B")));
		assertThat(codes(errors)).containsExactly("compare.error.malformed", "compare.error.duplicate",
				"compare.error.tooMany");
	}

	@Test
	void quotesAreCutSoThatAHugeParameterIsNotEchoed() {
		String longSlug = "x".repeat(500);
		assertThat(SlugList.quote(List.of(longSlug))).hasSize(SlugList.QUOTED_LENGTH + 3);
		List<String> many = Arrays.asList("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
		assertThat(SlugList.quote(many)).endsWith("'h', …");
	}

	private Errors validate(ComparisonForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		this.validator.validate(form, errors);
		return errors;
	}

	private static List<String> codes(Errors errors) {
		return errors.getAllErrors().stream().map(ObjectError::getCode).toList();
	}

}
