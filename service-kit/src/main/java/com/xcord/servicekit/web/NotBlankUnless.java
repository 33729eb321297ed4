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
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/**
 * On a request record: the text component {@code field} must not be blank unless the component {@code unless} is
 * given (not null, not an empty collection): a message may be attachments alone, a post media alone. The
 * violation is reported on {@code field}, like a field constraint's.
 */
@Documented
@Constraint(validatedBy = NotBlankUnless.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBlankUnless {

    String field();

    String unless();

    String message() default "must not be blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotBlankUnless, Record> {

        private String field;
        private String unless;

        @Override
        public void initialize(NotBlankUnless annotation) {
            field = annotation.field();
            unless = annotation.unless();
        }

        @Override
        public boolean isValid(Record request, ConstraintValidatorContext context) {
            if (request == null || !isBlank(component(request, field)) || isGiven(component(request, unless))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(field).addConstraintViolation();
            return false;
        }

        private static boolean isBlank(Object value) {
            return value == null || value instanceof CharSequence text && text.toString().isBlank();
        }

        private static boolean isGiven(Object value) {
            return value != null && !(value instanceof Collection<?> list && list.isEmpty());
        }

        private static Object component(Record request, String name) {
            for (RecordComponent component : request.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    try {
                        var accessor = component.getAccessor();
                        accessor.setAccessible(true);
                        return accessor.invoke(request);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + name + " of " + request.getClass(), e);
                    }
                }
            }
            throw new IllegalArgumentException(request.getClass() + " has no component " + name);
        }
    }
}
