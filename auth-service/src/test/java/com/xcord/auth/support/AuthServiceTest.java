package com.xcord.auth.support;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Spring context of this module's tests: the whole service on a random port against
 * the testkit's PostgreSQL, Kafka and Redis. Every integration test class carries exactly
 * these annotations (no inline properties: test settings live in
 * {@code src/test/resources/config/application.yml}), so the context is built once. The service's
 * clock is a {@code MutableClock} ({@link MovableClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(MovableClock.class)
public @interface AuthServiceTest {
}
