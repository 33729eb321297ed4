package com.xcord.devstack;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GreenMail runs for notification-service only, and not when the fleet is pointed at a real SMTP server. */
class EmbeddedMailTests {

    @Test
    void isNeededOnlyWithNotificationServiceAndNoExternalServer() {
        assertThat(EmbeddedMail.needed(List.of("auth-service", "notification-service"), Map.of())).isTrue();
        assertThat(EmbeddedMail.needed(List.of("auth-service", "dm-service"), Map.of())).isFalse();
        assertThat(EmbeddedMail.needed(List.of("notification-service"), Map.of("SPRING_MAIL_HOST", "smtp.example.com")))
                .isFalse();
        assertThat(EmbeddedMail.ports(List.of("notification-service"), Map.of()))
                .containsEntry("GreenMail SMTP", EmbeddedMail.SMTP_PORT)
                .containsEntry("GreenMail IMAP", EmbeddedMail.IMAP_PORT);
    }

    @Test
    void pointsNotificationServiceAtItsSmtpPortAndSendsMailThere() throws Exception {
        Infrastructure.Stoppables stops = new Infrastructure.Stoppables();
        LogPrefixer log = new LogPrefixer(System.out, 8, false);
        EmbeddedMail mail = EmbeddedMail.startIfNeeded(List.of("notification-service"), Map.of(), stops, log);
        try {
            Map<String, String> env = new HashMap<>();
            mail.addTo("notification-service", env);
            Map<String, String> others = new HashMap<>();
            mail.addTo("dm-service", others);

            assertThat(env).containsEntry("SPRING_MAIL_HOST", "localhost")
                    .containsEntry("SPRING_MAIL_PORT", Integer.toString(EmbeddedMail.SMTP_PORT));
            assertThat(others).isEmpty();
            assertThat(mail.bannerLine()).hasValueSatisfying(line -> assertThat(line).contains("IMAP"));
            try (java.net.Socket smtp = new java.net.Socket("localhost", EmbeddedMail.SMTP_PORT)) {
                assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(smtp.getInputStream())).readLine())
                        .startsWith("220");
            }
        } finally {
            stops.stopAll(log);
        }
    }
}
