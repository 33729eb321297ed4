package com.xcord.servicekit.id;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

/**
 * An id in its JSON string form (a positive decimal long, as {@link Ids#parse} accepts), on a request record's
 * {@code String} component or on a list of them (every element then; one violation for the list). Null is valid:
 * add {@code @NotNull} where the id is required. In the {@code id} package beside {@link Ids}, whose check it is
 * (the kit's web package stays free of the id feature).
 */
@Documented
@Constraint(validatedBy = {SnowflakeId.ForString.class, SnowflakeId.ForCollection.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SnowflakeId {

    String message() default "must be an id";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class ForString implements ConstraintValidator<SnowflakeId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Ids.isValid(value);
        }
    }

    class ForCollection implements ConstraintValidator<SnowflakeId, Collection<?>> {
        @Override
        public boolean isValid(Collection<?> values, ConstraintValidatorContext context) {
            return values == null || values.stream().allMatch(v -> v instanceof String s && Ids.isValid(s));
        }
    }
}
