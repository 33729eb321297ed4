package com.xcord.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** One GreenMail SMTP server per test JVM, on a free port; the service's {@code spring.mail.*} points at it. */
public final class MailServer {

    private static GreenMail greenMail;

    public static synchronized GreenMail shared() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-stop"));
        }
        return greenMail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server before the context and hands its address to {@code spring.mail}. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            GreenMail mail = shared();
            TestPropertyValues.of("spring.mail.host=127.0.0.1",
                    "spring.mail.port=" + mail.getSmtp().getPort()).applyTo(context);
        }
    }

    private MailServer() {
    }
}
