package com.xcord.notification.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.xcord.notification.support.IntegrationTest;
import com.xcord.notification.support.MailServer;
import com.xcord.notification.support.World;
import com.xcord.servicekit.test.Api;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.xcord.notification.support.Notifications.ofType;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The email digest, read back from a real SMTP server (GreenMail): unread notifications of the types enabled for
 * email, at most one mail per interval (1 h in the tests), an unsubscribe link that works without a login.
 */
class EmailDigestTests extends IntegrationTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("http://xcord\\.test(/api/v1/notifications/unsubscribe\\?token=[^\\s\"<>]+)");

    private final GreenMail mail = MailServer.shared();

    @Test
    void aDigestOfTheUnreadArrivesOnceAndItsLinkUnsubscribesWithoutALogin() throws Exception {
        String address = "reader" + World.newId() + "@example.com";
        long reader = world.userWithEmail(address);
        long post = world.post();
        long replier = world.user();
        world.reply(post, reader, replier, "what do you think?");
        // likes are not emailed by default: in the app only
        world.like(post, reader, world.user());
        notifications.awaitCount(reader, 2);

        MimeMessage digest = awaitMails(address, 1).get(0);
        assertThat(digest.getSubject()).isEqualTo("You have 1 new notification on XCORD");
        String body = GreenMailUtil.getBody(digest);
        assertThat(body).contains("replied to your post").contains("what do you think?").doesNotContain("liked");
        assertThat(digest.getHeader("List-Unsubscribe")[0]).contains("/api/v1/notifications/unsubscribe?token=");
        assertThat(digest.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        // another reply within the interval: no second mail (the interval is an hour in the tests)
        world.reply(post, reader, replier, "hello?");
        notifications.awaitCount(reader, 3);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() -> mails(address).size() == 1);

        Matcher link = UNSUBSCRIBE.matcher(digest.getHeader("List-Unsubscribe")[0]);
        assertThat(link.find()).isTrue();
        Api.Response unsubscribed = api.get(link.group(1).replace("&amp;", "&")).send();
        assertThat(unsubscribed.status()).as(unsubscribed.raw()).isEqualTo(200);
        assertThat(unsubscribed.body().path("unsubscribed").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/notifications/settings").as(reader).send().body().path("emailDigest").asBoolean())
                .isFalse();
    }

    @Test
    void nothingAlreadyReadIsMailed() {
        String address = "careful" + World.newId() + "@example.com";
        long reader = world.userWithEmail(address);
        // unsubscribed first, so the digest job leaves the user alone while the notification arrives and is read
        api.put("/api/v1/notifications/settings").as(reader).json(java.util.Map.of("emailDigest", false)).send();
        long post = world.post();
        world.reply(post, reader, world.user(), "read me in the app");
        notifications.await(reader, ofType("reply"));
        api.post("/api/v1/notifications/read-all").as(reader).send();
        api.put("/api/v1/notifications/settings").as(reader).json(java.util.Map.of("emailDigest", true)).send();

        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() -> mails(address).isEmpty());
    }

    @Test
    void aForgedOrMissingTokenIsRefused() {
        long user = world.user();
        assertProblem(api.get("/api/v1/notifications/unsubscribe?token=" + user + ".forged").send(), 400);
        assertProblem(api.post("/api/v1/notifications/unsubscribe?token=garbage").send(), 400);
        assertProblem(api.get("/api/v1/notifications/unsubscribe").send(), 400);
    }

    private List<MimeMessage> awaitMails(String address, int n) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> mails(address).size() >= n);
        return mails(address);
    }

    private List<MimeMessage> mails(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m, address)).toList();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
