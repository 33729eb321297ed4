package com.xcord.notification.intake;

import com.xcord.events.dm.DmEvents;
import com.xcord.notification.NotificationProperties;
import com.xcord.notification.inbox.Inbox;
import com.xcord.notification.inbox.NewNotification;
import com.xcord.notification.inbox.NotificationType;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;

/**
 * dm-service's events. A DM is not notified at once (the conversation's own badge and DM_MESSAGE_CREATE already tell
 * a connected client): each recipient's copy waits {@code dm-delay}, and becomes a {@code dm_message} notification —
 * email-digest material — only if the recipient's read marker ({@code dm.read_marker.moved}) has not passed it by
 * then. Reading the conversation later marks those notifications read; a deleted DM takes its notification back.
 */
@Component
class DmIntake extends EventProjection {

    static final String DM_MESSAGE = "dm_message";

    private final DmPendingRepository pending;
    private final Rules rules;
    private final TransactionTemplate transactions;

    DmIntake(IdempotentConsumer once, DmPendingRepository pending, Rules rules, Inbox inbox,
            TransactionTemplate transactions, NotificationProperties properties) {
        super("notification.dm", once);
        this.pending = pending;
        this.rules = rules;
        this.transactions = transactions;
        on(DmEvents.MESSAGE_CREATED, m -> waitForRead(m.messageId(), m.conversationId(), m.senderId(),
                m.content(), m.participantIds(), m.createdAt().plus(properties.dmDelay()), m.createdAt()));
        // version 2 carries media objects instead of attachment ids: the same for a notification
        on(DmEvents.MESSAGE_CREATED_V2, m -> waitForRead(m.messageId(), m.conversationId(), m.senderId(),
                m.content(), m.participantIds(), m.createdAt().plus(properties.dmDelay()), m.createdAt()));
        on(DmEvents.READ_MARKER_MOVED, r -> {
            long user = Long.parseLong(r.userId());
            long conversation = Long.parseLong(r.conversationId());
            long upTo = Long.parseLong(r.lastReadMessageId());
            pending.read(user, conversation, upTo);
            inbox.dmRead(user, conversation, upTo);
        });
        on(DmEvents.MESSAGE_DELETED, d -> {
            pending.forget(Long.parseLong(d.messageId()));
            inbox.subjectGone(DM_MESSAGE, Long.parseLong(d.messageId()));
        });
    }

    private void waitForRead(String messageId, String conversationId, String senderId, String content,
            List<String> participantIds, Instant due, Instant createdAt) {
        for (String participant : participantIds) {
            if (!participant.equals(senderId)) {
                pending.add(new DmPendingRepository.Pending(Long.parseLong(participant), Long.parseLong(messageId),
                        Long.parseLong(conversationId), Long.parseLong(senderId), content, createdAt), due);
            }
        }
    }

    /** DMs whose delay is over: still unread, they become notifications. */
    @Scheduled(fixedDelayString = "${xcord.notification.job-interval:200ms}")
    void notifyUnread() {
        while (Boolean.TRUE.equals(transactions.execute(status -> {
            List<DmPendingRepository.Pending> due = pending.takeDue(Instant.now(), 500);
            for (DmPendingRepository.Pending p : due) {
                if (!pending.isRead(p)) {
                    rules.notify(new NewNotification(p.recipientId(), NotificationType.DM_MESSAGE, p.senderId(),
                            DM_MESSAGE, p.messageId(), null, null, p.conversationId(), p.excerpt(),
                            "dm:" + p.messageId(), p.createdAt()));
                }
            }
            return !due.isEmpty();
        }))) {
            // next batch
        }
    }
}
