package com.xcord.notification.intake;

import com.xcord.notification.NotificationProperties;
import com.xcord.notification.guild.Guilds;
import com.xcord.notification.inbox.NewNotification;
import com.xcord.notification.inbox.NotificationType;
import com.xcord.notification.settings.Settings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Channel mentions. A direct mention is checked and written while the message's event is applied (a message names
 * few users). An @everyone or a role mention may reach 10,000 members: applying the event only records one
 * {@code mention_fanout} row (O(1) in the message's path), and {@link #fanOut()} writes the notifications in batches
 * of {@code fanout-batch} members, one transaction each, its cursor saved with each batch so a restart resumes
 * where it stopped. Every mention respects visibility (VIEW_CHANNEL in the permission projection) and the member's
 * server and channel settings.
 */
@Component
class Mentions {

    static final String MESSAGE = "message";

    record Posted(long serverId, long channelId, long messageId, long authorId, String content, List<Long> userIds,
            List<Long> roleIds, boolean everyone, Instant createdAt) {
    }

    private final Guilds guilds;
    private final Settings settings;
    private final Rules rules;
    private final FanoutRepository fanouts;
    private final TransactionTemplate transactions;
    private final NotificationProperties properties;
    private final Counter fannedOut;

    Mentions(Guilds guilds, Settings settings, Rules rules, FanoutRepository fanouts, TransactionTemplate transactions,
            NotificationProperties properties, MeterRegistry meters) {
        this.guilds = guilds;
        this.settings = settings;
        this.rules = rules;
        this.fanouts = fanouts;
        this.transactions = transactions;
        this.properties = properties;
        this.fannedOut = Counter.builder("xcord.notification.fanout.rows")
                .description("notifications written by the @everyone / role mention fan-out").register(meters);
        meters.gauge("xcord.notification.fanout.pending", fanouts, FanoutRepository::pending);
    }

    /** Applies a message's mentions: direct ones now, @everyone and roles queued for the fan-out. */
    void posted(Posted m) {
        boolean large = guilds.memberCount(m.serverId()) > properties.largeServerMembers();
        for (long userId : m.userIds()) {
            if (userId != m.authorId() && guilds.canView(m.serverId(), m.channelId(), userId)
                    && !settings.mentioned(List.of(userId), m.serverId(), m.channelId(), Settings.MentionKind.DIRECT,
                    large, Instant.now()).isEmpty()) {
                rules.notify(notification(userId, m.authorId(), m.serverId(), m.channelId(), m.messageId(),
                        m.content(), m.createdAt()));
            }
        }
        if (m.everyone() || !m.roleIds().isEmpty()) {
            fanouts.queue(m);
        }
    }

    /** A deleted message's fan-out stops (what it wrote goes with {@code subjectGone}). */
    void deleted(long messageId) {
        fanouts.cancel(messageId);
    }

    /** Works the queue until it is empty: one batch per transaction. */
    @Scheduled(fixedDelayString = "${xcord.notification.job-interval:200ms}")
    void fanOut() {
        while (Boolean.TRUE.equals(transactions.execute(status -> step()))) {
            // next batch
        }
    }

    /** One batch of one queued fan-out; false when there was nothing to do. */
    private boolean step() {
        Optional<FanoutRepository.Fanout> next = fanouts.lockNext();
        if (next.isEmpty()) {
            return false;
        }
        FanoutRepository.Fanout f = next.get();
        Guilds.MemberPage page = guilds.viewersOf(f.serverId(), f.channelId(), f.everyone(), f.roleIds(),
                f.cursorUserId(), properties.fanoutBatch());
        boolean large = guilds.memberCount(f.serverId()) > properties.largeServerMembers();
        Settings.MentionKind kind = f.everyone() ? Settings.MentionKind.EVERYONE : Settings.MentionKind.ROLE;
        List<Long> notified = settings.mentioned(page.viewers(), f.serverId(), f.channelId(), kind, large,
                Instant.now());
        int written = rules.notifyAll(f.authorId(), NotificationType.MENTION, notified, userId -> notification(userId,
                f.authorId(), f.serverId(), f.channelId(), f.messageId(), f.excerpt(), f.createdAt()));
        fannedOut.increment(written);
        fanouts.advance(f.messageId(), page.lastUserId(), !page.more());
        return true;
    }

    private static NewNotification notification(long recipient, long author, long serverId, long channelId,
            long messageId, String content, Instant at) {
        return new NewNotification(recipient, NotificationType.MENTION, author, MESSAGE, messageId, serverId,
                channelId, null, content, "mention:message:" + messageId, at);
    }
}
