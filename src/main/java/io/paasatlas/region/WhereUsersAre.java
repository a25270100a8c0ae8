package io.paasatlas.region;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.paasatlas.geography.RegionAtlas;
import io.paasatlas.validation.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The users form read against the atlas's metros ({@link UsersForm#parse}): each problem is a violation on its field
 * (the form as a whole when nothing says where the users are), with the problem's message and arguments. A
 * class-level constraint, because metros and continents are lists checked across the parameter's values.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WhereUsersAre.Validator.class)
@interface WhereUsersAre {

	/** Unused: each problem has its own message. */
	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Parses the form against the metros; created by Spring, which injects the atlas. */
	class Validator implements ConstraintValidator<WhereUsersAre, UsersForm> {

		private final RegionAtlas atlas;

		Validator(RegionAtlas atlas) {
			this.atlas = atlas;
		}

		@Override
		public boolean isValid(UsersForm form, ConstraintValidatorContext context) {
			var problems = form.parse(this.atlas.metros()).problems();
			if (problems.isEmpty()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			problems.forEach((p) -> Violations.add(context, p.field(), p.code(), p.args()));
			return false;
		}

	}

}
