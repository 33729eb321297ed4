package com.xcord.server.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the root of an aggregate: the one type through which its feature changes its tables.
 * It owns its state transitions and refuses invalid ones; other features hold only its id.
 * {@code ArchitectureTests} keeps every aggregate root inside its own feature's package.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AggregateRoot {
}
