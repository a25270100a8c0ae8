/**
 * The constraints the forms and query strings share: numbers as typed ({@link io.paasatlas.validation.Quantity},
 * with one limit each for {@link io.paasatlas.validation.MemoryMb}, {@link io.paasatlas.validation.Instances} and
 * {@link io.paasatlas.validation.PageNumber}), lists of areas ({@link io.paasatlas.validation.AreaKeys}), and
 * {@link io.paasatlas.validation.Violations} for the class-level checks that name the field at fault. Bean
 * Validation only: the cost model they feed stays plain Java.
 */
@NullMarked
package io.paasatlas.validation;

import org.jspecify.annotations.NullMarked;
