package io.paasatlas.advisor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * Projects described in the catalog's sources, as the advisor form's values.
 * <ul>
 * <li>{@code qrcards}: the project of the seed's "For QRCards" verdict ({@code data/sources/fly-io-provider-analysis.md}
 * section 9, cited as {@code seed}), every value from the seed's own words:
 * <ul>
 * <li>users in one area: "QRCards likely doesn't need 30 regions"; US East, the seed's single-region example;</li>
 * <li>one always-on 512 MB instance: the seed's Minimal Flask App ("1x shared-cpu-1x (512 MB RAM)");</li>
 * <li>a budget of $10 a month: the top of the seed's "~$5-10/month minimum" (its Heroku comparison) for a
 * "Budget-constrained project" ("Railway/Render/PythonAnywhere cheaper");</li>
 * <li>free-tier limits accepted: the seed counts a free tier as the cheaper choice for budget and hobby projects
 * ("NO Free Tier – Must pay from day one"; "Render free has sleep");</li>
 * <li>a team for whom the "Docker requirement adds friction";</li>
 * <li>no managed database, workers, cron, autoscaling or free tier required: the seed's verdict asks for none.</li>
 * </ul></li>
 * </ul>
 */
enum AdvisorPreset {

	QRCARDS("qrcards", "QRCards", "us-east", "1", "512", "10", "unfamiliar", "false", "false", "false", "false",
			"false", "true");

	private final String key;

	private final String project;

	final String regions;

	final String instances;

	final String memoryMb;

	final String budget;

	final String docker;

	final String postgres;

	final String workers;

	final String cron;

	final String autoscaling;

	final String freeTier;

	final String allowSleep;

	AdvisorPreset(String key, String project, String regions, String instances, String memoryMb, String budget,
			String docker, String postgres, String workers, String cron, String autoscaling, String freeTier,
			String allowSleep) {
		this.key = key;
		this.project = project;
		this.regions = regions;
		this.instances = instances;
		this.memoryMb = memoryMb;
		this.budget = budget;
		this.docker = docker;
		this.postgres = postgres;
		this.workers = workers;
		this.cron = cron;
		this.autoscaling = autoscaling;
		this.freeTier = freeTier;
		this.allowSleep = allowSleep;
	}

	static Optional<AdvisorPreset> of(@Nullable String key) {
		return (key == null) ? Optional.empty()
				: Arrays.stream(values()).filter((p) -> p.key.equals(key.strip())).findFirst();
	}

	/** The key in the query string ({@code preset=qrcards}). */
	public String key() {
		return this.key;
	}

	/** The project's name as the profiles' {@code verdict.projects} write it. */
	public String project() {
		return this.project;
	}

	/** The key of a preset, or nothing (blank means no preset). */
	@Documented
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = Key.Validator.class)
	@interface Key {

		String message() default "{advisor.error.preset}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		/** Looks the key up among the presets. */
		class Validator implements ConstraintValidator<Key, String> {

			@Override
			public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
				return value == null || value.isBlank() || of(value).isPresent();
			}

		}

	}

}
