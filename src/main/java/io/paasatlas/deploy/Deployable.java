package io.paasatlas.deploy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Objects;

import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.provider.ProviderNotFoundException;
import io.paasatlas.validation.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * A deploy form its provider's kit can build: {@link DeployForm#describe} against the provider's
 * {@link KitRenderer} and profile (its regions, Python versions, sizes and cron intervals), each problem a violation
 * on its field with the message {@code deploy.error.…} and its arguments. A class-level constraint, because what a
 * field may hold depends on the provider. A form without a provider, or naming one without a kit or not in the
 * catalog, is valid here: the controller answers those (the form, the page without a kit, 404).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Deployable.Validator.class)
@interface Deployable {

	/** Unused: each problem has its own message. */
	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Describes the deployment and turns each rejected field into a violation; created by Spring with the kits, and
	 * shared by every request, so it holds no state of its own.
	 */
	class Validator implements ConstraintValidator<Deployable, DeployForm> {

		private final DeployKits kits;

		Validator(DeployKits kits) {
			this.kits = kits;
		}

		@Override
		public boolean isValid(DeployForm form, ConstraintValidatorContext context) {
			String slug = (form.provider() != null) ? form.provider().strip() : "";
			KitRenderer renderer = this.kits.renderer(slug).orElse(null);
			if (renderer == null) {
				return true;
			}
			ProviderProfile profile;
			try {
				profile = this.kits.profile(slug);
			}
			catch (ProviderNotFoundException ex) {
				return true;
			}
			MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
			// kept for the request, so that the controller renders this description instead of making another
			this.kits.describe(form, renderer, this.kits.facts(profile), errors);
			if (!errors.hasErrors()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			for (FieldError error : errors.getFieldErrors()) {
				String code = Objects.requireNonNull(error.getCode());
				Violations.add(context, error.getField(), code, error.getArguments());
			}
			return false;
		}

	}

}
