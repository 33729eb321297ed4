package com.xcord.server.support;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.web.BadRequestException;
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
 * A snowflake id in its JSON string form (a positive decimal long, {@link Ids#parse}), or a
 * list of them: every element must be one, and the error names the list field itself. Null is
 * valid.
 */
@Documented
@Constraint(validatedBy = {IdString.ForString.class, IdString.ForCollection.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdString {

    String message() default "must be an id";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class ForString implements ConstraintValidator<IdString, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isId(value);
        }

        static boolean isId(String value) {
            try {
                Ids.parse(value);
                return true;
            } catch (BadRequestException e) {
                return false;
            }
        }
    }

    class ForCollection implements ConstraintValidator<IdString, Collection<String>> {

        @Override
        public boolean isValid(Collection<String> values, ConstraintValidatorContext context) {
            return values == null || values.stream().allMatch(ForString::isId);
        }
    }
}
