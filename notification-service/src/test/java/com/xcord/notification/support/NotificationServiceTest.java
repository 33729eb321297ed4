package com.xcord.notification.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Spring context of this module's tests: the whole service on a random port against the testkit's
 * PostgreSQL, Kafka and Redis, and a real SMTP server (GreenMail) in the test JVM. Every integration test class
 * carries exactly this, so the context is built once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = MailServer.Initializer.class)
public @interface NotificationServiceTest {
}
