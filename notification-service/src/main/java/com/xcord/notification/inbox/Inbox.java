package com.xcord.notification.inbox;

import com.xcord.notification.NotificationProperties;
import com.xcord.servicekit.id.SnowflakeIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inbox's state changes, each with its event in the same transaction: a notification arrives (joining its group
 * or starting one), goes away (undone: deleted if unread, kept as {@code gone} if already read), is read. The rules
 * about who may be notified live with the callers (the intake); this class keeps the inbox consistent.
 */
@Service
public class Inbox {

    private final InboxRepository repository;
    private final InboxEvents events;
    private final SnowflakeIds ids;
    private final NotificationProperties properties;
    private final Clock clock;
    private final Map<NotificationType, Counter> created = new EnumMap<>(NotificationType.class);
    private final Counter removed;

    Inbox(InboxRepository repository, InboxEvents events, SnowflakeIds ids, NotificationProperties properties,
            MeterRegistry meters) {
        this.repository = repository;
        this.events = events;
        this.ids = ids;
        this.properties = properties;
        this.clock = Clock.systemUTC();
        for (NotificationType type : NotificationType.values()) {
            created.put(type, Counter.builder("xcord.notification.notifications")
                    .description("notifications created, by type").tag("type", type.wire()).register(meters));
        }
        this.removed = Counter.builder("xcord.notification.removals")
                .description("notifications undone (unlike, unfollow, deleted subject, block) or deleted")
                .register(meters);
    }

    /** Adds the notification unless the recipient has one for the same fact already; its id if it was added. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> deliver(NewNotification n) {
        long id = ids.next();
        String groupKey = groupFor(n, id);
        if (!repository.insert(id, n, groupKey)) {
            return Optional.empty();
        }
        created.get(n.type()).increment();
        events.created(id, n, groupKey, repository.groupCount(n.recipientId(), groupKey),
                repository.sampleActors(n.recipientId(), groupKey, properties.sampleActors()),
                repository.unread(n.recipientId()));
        return Optional.of(id);
    }

    /**
     * Adds a batch of ungrouped notifications (mentions) in one statement, then one event each: the fan-out's
     * write path, so 10,000 mentions are a few statements, not 10,000 round trips. Returns how many were added.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deliverUngrouped(List<NewNotification> batch) {
        List<Long> newIds = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            newIds.add(ids.next());
        }
        List<Long> inserted = repository.insertUngrouped(newIds, batch);
        if (inserted.isEmpty()) {
            return 0;
        }
        Set<Long> added = new HashSet<>(inserted);
        List<Long> recipients = batch.stream().map(NewNotification::recipientId).distinct().toList();
        Map<Long, Integer> unread = repository.unread(recipients);
        for (int i = 0; i < batch.size(); i++) {
            long id = newIds.get(i);
            if (added.contains(id)) {
                NewNotification n = batch.get(i);
                created.get(n.type()).increment();
                events.created(id, n, "n:" + id, 1, List.of(n.actorId()), unread.getOrDefault(n.recipientId(), 0));
            }
        }
        return inserted.size();
    }

    /** The fact was undone (unlike, un-repost, unfollow, a request withdrawn): its notification goes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void undo(long recipientId, String sourceKey) {
        repository.bySource(recipientId, sourceKey).ifPresent(this::remove);
    }

    /** The subject (a post, a channel message, a DM) is gone: so is every notification about it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void subjectGone(String subjectType, long subjectId) {
        repository.bySubject(subjectId, subjectType).forEach(this::remove);
    }

    /** A block came between the two: neither keeps what the other caused. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void blocked(long a, long b) {
        repository.between(a, b).forEach(this::remove);
    }

    /** The recipient read the conversation up to a message: its DM notifications up to there are read. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void dmRead(long recipientId, long conversationId, long upToMessageId) {
        List<Long> read = repository.markDmRead(recipientId, conversationId, upToMessageId);
        if (!read.isEmpty()) {
            events.read(recipientId, read, false, repository.unread(recipientId), clock.instant());
        }
    }

    private void remove(StoredNotification n) {
        // unread: as if it never happened; read: it was seen, so it stays in the table but leaves the list
        if (n.read()) {
            repository.markGone(n.id());
        } else {
            repository.delete(n.id());
        }
        announceRemoval(n);
    }

    /** After a row left the list: counted, and published with what its group and the badge hold now. */
    private void announceRemoval(StoredNotification n) {
        removed.increment();
        events.removed(n, repository.groupCount(n.recipientId(), n.groupKey()), repository.unread(n.recipientId()),
                clock.instant());
    }

    // ---- the recipient's own changes (InboxController) ----

    @Transactional
    boolean read(long recipientId, long id) {
        if (repository.findListed(id, recipientId).isEmpty()) {
            return false;
        }
        if (repository.markRead(id, recipientId)) {
            events.read(recipientId, List.of(id), false, repository.unread(recipientId), clock.instant());
        }
        return true;
    }

    @Transactional
    void readAll(long recipientId) {
        if (repository.markAllRead(recipientId) > 0) {
            events.read(recipientId, List.of(), true, 0, clock.instant());
        }
    }

    @Transactional
    boolean delete(long recipientId, long id) {
        Optional<StoredNotification> n = repository.findListed(id, recipientId);
        if (n.isEmpty()) {
            return false;
        }
        repository.delete(id);
        announceRemoval(n.get());
        return true;
    }

    /** Likes, reposts and follows of one subject join the latest group of the window; the rest stand alone. */
    private String groupFor(NewNotification n, long id) {
        if (!n.type().grouped()) {
            return "n:" + id;
        }
        Instant since = n.createdAt().minus(properties.groupWindow());
        return repository.recentGroup(n.recipientId(), n.type().wire(), n.subjectId(), since)
                .orElse(n.type().wire() + ":" + n.subjectId() + ":" + id);
    }
}
