package com.xcord.servicekit.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * A name people tell each other apart by (display name, nickname, server, channel, role or group name):
 * {@link VisibleNames}' rule, with its specific reason as the message. Null and "" pass: add
 * {@code @NotNull} and {@code @CodePoints(min = 1, …)} as needed. The record normalizes the name in its
 * compact constructor with {@link VisibleNames#normalize} (which runs for every way a record is built, a
 * JSON body or a merge patch), so lengths count the normalized name; a name left un-normalized is refused.
 */
@Documented
@Constraint(validatedBy = VisibleName.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleName {

    /** Replaced by the rule's specific reason ({@link VisibleNames#INVISIBLE}, …). */
    String message() default "must be a visible name";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<VisibleName, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            Optional<String> problem = VisibleNames.problem(value);
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem.get()).addConstraintViolation();
            return false;
        }
    }
}
