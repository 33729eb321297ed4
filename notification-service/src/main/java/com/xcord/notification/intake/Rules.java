package com.xcord.notification.intake;

import com.xcord.notification.inbox.Inbox;
import com.xcord.notification.inbox.NewNotification;
import com.xcord.notification.inbox.NotificationType;
import com.xcord.notification.people.People;
import com.xcord.notification.settings.Settings;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The rules every notification passes, whatever produced it: never to yourself, never across a block (either way),
 * never of a type the recipient turned off in the app. Visibility and channel settings are the mention's own rules.
 */
@Component
class Rules {

    private final People people;
    private final Settings settings;
    private final Inbox inbox;

    Rules(People people, Settings settings, Inbox inbox) {
        this.people = people;
        this.settings = settings;
        this.inbox = inbox;
    }

    void notify(NewNotification n) {
        if (n.recipientId() == n.actorId() || people.blocked(n.recipientId(), n.actorId())
                || !settings.inApp(n.recipientId(), n.type())) {
            return;
        }
        inbox.deliver(n);
    }

    /** The same for many recipients of one actor's fact, checked and written in batches; how many were notified. */
    int notifyAll(long actorId, NotificationType type, Collection<Long> recipients,
            java.util.function.LongFunction<NewNotification> notification) {
        Set<Long> blocked = people.blockedAmong(actorId, recipients);
        List<Long> allowed = settings.withInApp(recipients.stream()
                .filter(r -> r != actorId && !blocked.contains(r)).toList(), type);
        return inbox.deliverUngrouped(allowed.stream().map(notification::apply).toList());
    }
}
