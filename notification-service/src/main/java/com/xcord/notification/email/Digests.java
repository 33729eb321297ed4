package com.xcord.notification.email;

import com.xcord.notification.NotificationProperties;
import com.xcord.notification.inbox.NotificationType;
import com.xcord.notification.people.People;
import com.xcord.notification.settings.Settings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The email digest: for each user with unread notifications not yet emailed, at most one mail per
 * {@code xcord.notification.email.interval}, listing those of the types they enabled for email — never what they
 * already read. The notifications it considered are marked (sent, or kept out of mail by the settings), so none is
 * mailed twice. A mail is sent before it is marked: a crash between the two may send it again (at least once).
 */
@Component
class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    private static final int USERS_PER_RUN = 200;

    private final DigestRepository repository;
    private final DigestMail mail;
    private final UnsubscribeTokens tokens;
    private final Settings settings;
    private final People people;
    private final TransactionTemplate transactions;
    private final NotificationProperties.Email properties;
    private final Counter sent;
    private final Counter failed;

    Digests(DigestRepository repository, DigestMail mail, UnsubscribeTokens tokens, Settings settings, People people,
            TransactionTemplate transactions, NotificationProperties properties, MeterRegistry meters) {
        this.repository = repository;
        this.mail = mail;
        this.tokens = tokens;
        this.settings = settings;
        this.people = people;
        this.transactions = transactions;
        this.properties = properties.email();
        this.sent = Counter.builder("xcord.notification.digests").tag("outcome", "sent")
                .description("email digests sent or failed").register(meters);
        this.failed = Counter.builder("xcord.notification.digests").tag("outcome", "failed")
                .description("email digests sent or failed").register(meters);
    }

    @Scheduled(fixedDelayString = "${xcord.notification.email.check-interval:30s}",
            initialDelayString = "${xcord.notification.email.check-interval:30s}")
    void sendDue() {
        if (!properties.enabled()) {
            return;
        }
        Instant now = Instant.now();
        for (long userId : repository.due(now.minus(properties.interval()), USERS_PER_RUN)) {
            digest(userId, now);
        }
    }

    private void digest(long userId, Instant now) {
        List<DigestRepository.Item> waiting = repository.waiting(userId, properties.maxItems() * 5);
        Optional<String> address = people.emailOf(userId);
        if (waiting.isEmpty() || address.isEmpty()) {
            return;
        }
        long upTo = waiting.get(0).id();
        Set<String> types = settings.emailTypes(userId).stream().map(NotificationType::wire)
                .collect(Collectors.toSet());
        List<DigestMail.Line> lines = waiting.stream().filter(i -> types.contains(i.type()))
                .limit(properties.maxItems()).map(this::line).toList();
        if (!lines.isEmpty() && settings.digestEnabled(userId)) {
            try {
                mail.send(address.get(), lines, tokens.tokenFor(userId));
                sent.increment();
            } catch (Exception e) {
                // nothing is marked: the next run tries again
                failed.increment();
                log.warn("digest for user {} not sent: {}", userId, e.toString());
                return;
            }
        }
        transactions.executeWithoutResult(status -> {
            repository.considered(userId, upTo);
            if (!lines.isEmpty()) {
                repository.sent(userId, now);
            }
        });
    }

    private DigestMail.Line line(DigestRepository.Item item) {
        String who = people.nameOf(item.actorId());
        String what = switch (item.type()) {
            case "mention" -> " mentioned you";
            case "reply" -> " replied to your post";
            case "quote" -> " quoted your post";
            case "like" -> " liked your post";
            case "repost" -> " reposted your post";
            case "follow" -> " followed you";
            case "friend_request" -> " sent you a friend request";
            case "friend_accept" -> " accepted your friend request";
            case "dm_message" -> " sent you a message";
            case "live_started" -> " went live";
            default -> " did something";
        };
        return new DigestMail.Line(who + what, item.excerpt());
    }
}
