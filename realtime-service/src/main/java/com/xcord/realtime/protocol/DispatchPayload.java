package com.xcord.realtime.protocol;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record that is the {@code d} of these dispatch types: the client-facing view, in the shape of
 * the producer's REST resource. Every {@link DispatchType} has exactly one such record (a test checks it,
 * and that the AsyncAPI document describes the record's fields), and
 * {@link DispatchType#serialize(Object)} refuses any other payload.
 *
 * <p>The link goes from the view to the type, not the other way, so that a producer's views live in its
 * route package ({@code routes.server}, …) while {@link DispatchType} depends on nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DispatchPayload {

    DispatchType[] value();
}
