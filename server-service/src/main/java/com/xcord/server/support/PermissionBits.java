package com.xcord.server.support;

import com.xcord.permissions.Permissions;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A permission bitfield in its JSON form, a decimal string ({@link Permissions#parse}). Null is valid. */
@Documented
@Constraint(validatedBy = PermissionBits.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PermissionBits {

    String message() default "must be a permission bitfield (decimal string)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PermissionBits, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Permissions.parse(value).isPresent();
        }
    }
}
