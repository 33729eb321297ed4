package com.xcord.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SMTP server of {@code ./xcord up} for notification-service's email digest: GreenMail, in this process, SMTP on
 * {@value #SMTP_PORT} and IMAP on {@value #IMAP_PORT} to read what was sent (the login and the password are the
 * recipient's address: GreenMail makes a mailbox per recipient). Started only when notification-service is, and not
 * at all when {@code SPRING_MAIL_HOST} points the fleet at a real server. Mail lives in memory: a restart forgets it.
 */
final class EmbeddedMail {

    static final String NOTIFICATION_SERVICE = "notification-service";
    static final int SMTP_PORT = 13025;
    static final int IMAP_PORT = 13143;
    static final String EXTERNAL_HOST = "SPRING_MAIL_HOST";

    private final boolean embedded;

    private EmbeddedMail(boolean embedded) {
        this.embedded = embedded;
    }

    /** Starts GreenMail if notification-service is among the services and no external SMTP server is set. */
    static EmbeddedMail startIfNeeded(List<String> serviceNames, Map<String, String> environment,
            Infrastructure.Stoppables stoppables, LogPrefixer log) {
        if (!needed(serviceNames, environment)) {
            return new EmbeddedMail(false);
        }
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        stoppables.add(3, "GreenMail", greenMail::stop);
        log.print(LogPrefixer.DEVSTACK, "GreenMail: SMTP on localhost:" + SMTP_PORT + ", IMAP on localhost:" + IMAP_PORT);
        return new EmbeddedMail(true);
    }

    static boolean needed(List<String> serviceNames, Map<String, String> environment) {
        return serviceNames.contains(NOTIFICATION_SERVICE) && environment.get(EXTERNAL_HOST) == null;
    }

    /** The ports it will listen on, for the launcher's busy-port check. */
    static Map<String, Integer> ports(List<String> serviceNames, Map<String, String> environment) {
        return needed(serviceNames, environment) ? Map.of("GreenMail SMTP", SMTP_PORT, "GreenMail IMAP", IMAP_PORT)
                : Map.of();
    }

    /** What notification-service needs to send through it (an external server's settings come from the environment). */
    void addTo(String serviceName, Map<String, String> env) {
        if (embedded && serviceName.equals(NOTIFICATION_SERVICE)) {
            env.put("SPRING_MAIL_HOST", "localhost");
            env.put("SPRING_MAIL_PORT", Integer.toString(SMTP_PORT));
        }
    }

    /** The banner's line: where to read the mails. */
    Optional<String> bannerLine() {
        return embedded ? Optional.of("  mail (GreenMail)      SMTP localhost:" + SMTP_PORT + ", read it over IMAP at"
                + " localhost:" + IMAP_PORT + " (login and password: the recipient's address)") : Optional.empty();
    }
}
