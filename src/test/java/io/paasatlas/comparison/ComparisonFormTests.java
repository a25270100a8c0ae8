package io.paasatlas.comparison;

import java.util.Arrays;
import java.util.List;

import io.paasatlas.provider.SlugList;
import jakarta.validation.ConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/** The constraint on the slug list: each error names exactly what is wrong, with the page's messages. */
class ComparisonFormTests {

	private static final LocalValidatorFactoryBean VALIDATOR = validator();

	@Test
	void slugsAreSplitAtCommasTrimmedAndKeptInOrder() {
		ComparisonForm form = new ComparisonForm(List.of("render, fly-io,", "heroku"));
		assertThat(form.slugs()).containsExactly("render", "fly-io", "heroku");
		assertThat(form.query()).isEqualTo("render,fly-io,heroku");
		assertThat(validate(form)).isEmpty();
	}

	@Test
	void noParameterIsNoError() {
		ComparisonForm form = new ComparisonForm(null);
		assertThat(form.given()).isFalse();
		assertThat(validate(form)).isEmpty();
	}

	@Test
	void rejectsAnEmptyList() {
		assertThat(validate(new ComparisonForm(List.of("")))).containsExactly("{compare.error.none}");
		assertThat(messages(new ComparisonForm(List.of(""))))
			.containsExactly("No provider was given: choose at least 2 to compare.");
	}

	@Test
	void rejectsASingleProviderAndNamesIt() {
		ComparisonForm form = new ComparisonForm(List.of("fly-io"));
		assertThat(validate(form)).containsExactly("{compare.error.tooFew}");
		assertThat(messages(form)).containsExactly(
				"Only 1 provider was given ('fly-io'): choose at least 2 to compare. Add another one below.");
	}

	@Test
	void rejectsMoreThanSixProviders() {
		ComparisonForm form = new ComparisonForm(List.of("a,b,c,d,e,f,g"));
		assertThat(validate(form)).containsExactly("{compare.error.tooMany}");
		assertThat(messages(form)).containsExactly("7 providers were given: compare at most 6 at a time.");
	}

	@Test
	void rejectsDuplicatesAndNamesThem() {
		ComparisonForm form = new ComparisonForm(List.of("fly-io,heroku", "fly-io"));
		assertThat(validate(form)).containsExactly("{compare.error.duplicate}");
		assertThat(messages(form)).containsExactly("Listed more than once: 'fly-io'. Name each provider once.");
	}

	@Test
	void rejectsMalformedSlugsAndNamesEach() {
		ComparisonForm form = new ComparisonForm(List.of("Fly.io,heroku,fly_io,-x,a--b"));
		assertThat(validate(form)).containsExactly("{compare.error.malformed}");
		assertThat(messages(form)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("Not a valid provider slug: 'Fly.io', 'fly_io', '-x', 'a--b'. ");
	}

	@Test
	void reportsEveryProblemAtOnce() {
		assertThat(validate(new ComparisonForm(List.of("a,a,a,a,a,a,B")))).containsExactlyInAnyOrder(
				"{compare.error.malformed}", "{compare.error.duplicate}", "{compare.error.tooMany}");
		assertThat(messages(new ComparisonForm(List.of("a,a,a,a,a,a,B"))))
			.anySatisfy((m) -> assertThat(m).startsWith("Not a valid provider slug: 'B'."))
			.anySatisfy((m) -> assertThat(m).startsWith("Listed more than once: 'a'."))
			.anySatisfy((m) -> assertThat(m).startsWith("7 providers were given"));
	}

	@Test
	void quotesAreCutSoThatAHugeParameterIsNotEchoed() {
		String longSlug = "x".repeat(500);
		assertThat(SlugList.quote(List.of(longSlug))).hasSize(SlugList.QUOTED_LENGTH + 3);
		List<String> many = Arrays.asList("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
		assertThat(SlugList.quote(many)).endsWith("'h', …");
	}

	@Test
	void aSlugIsEchoedLiterallyNeverInterpolated() {
		assertThat(messages(new ComparisonForm(List.of("${1+1},{compare.error.none},x"))))
			.anySatisfy((m) -> assertThat(m).contains("'${1+1}', '{compare.error.none}'"));
	}

	/** The message templates of the violations: one per problem. */
	private static List<String> validate(ComparisonForm form) {
		return VALIDATOR.validate(form).stream().map(ConstraintViolation::getMessageTemplate).toList();
	}

	private static List<String> messages(ComparisonForm form) {
		return VALIDATOR.validate(form).stream().map(ConstraintViolation::getMessage).toList();
	}

	/** A validator with the application's messages, as the page has. */
	private static LocalValidatorFactoryBean validator() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setValidationMessageSource(messages);
		validator.afterPropertiesSet();
		return validator;
	}

	@AfterAll
	static void close() {
		VALIDATOR.close();
	}

}
