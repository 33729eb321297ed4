package com.xcord.live.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Spring context of this module's tests: the whole service on a random port (and its ingest callbacks on
 * another free port) against the testkit's PostgreSQL, Kafka and Redis. Test settings live in
 * {@code src/test/resources/config/application.yml}, so the context is built once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LiveTopic.class)
public @interface LiveServiceTest {
}
