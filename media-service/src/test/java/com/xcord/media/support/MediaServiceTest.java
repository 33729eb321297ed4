package com.xcord.media.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context of this module's tests: the whole service on a random port against the testkit's
 * PostgreSQL, Kafka, Redis and S3 API. Test settings live in {@code src/test/resources/config/application.yml}, so
 * the context is built once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface MediaServiceTest {
}
