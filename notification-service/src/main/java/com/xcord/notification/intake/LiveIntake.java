package com.xcord.notification.intake;

import com.xcord.events.live.LiveEvents;
import com.xcord.notification.inbox.Inbox;
import com.xcord.notification.inbox.NewNotification;
import com.xcord.notification.inbox.NotificationType;
import com.xcord.notification.people.People;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * live-service's events (declared in common-events ahead of live-service): someone going live notifies their
 * followers, in batches of a thousand; the stream ending takes the unread ones back (a stale "is live" is noise).
 */
@Component
class LiveIntake extends EventProjection {

    static final String STREAM = "stream";
    private static final int BATCH = 1000;

    LiveIntake(IdempotentConsumer once, People people, Rules rules, Inbox inbox) {
        super("notification.live", once);
        on(LiveEvents.STREAM_STARTED, s -> {
            long streamer = Long.parseLong(s.userId());
            long stream = Long.parseLong(s.streamId());
            Long server = s.serverId() == null ? null : Long.parseLong(s.serverId());
            long after = 0;
            List<Long> followers;
            do {
                followers = people.followers(streamer, after, BATCH);
                rules.notifyAll(streamer, NotificationType.LIVE_STARTED, followers, follower -> new NewNotification(
                        follower, NotificationType.LIVE_STARTED, streamer, STREAM, stream, server, null, null,
                        s.title(), "live:" + stream, s.startedAt()));
                after = followers.isEmpty() ? after : followers.get(followers.size() - 1);
            } while (followers.size() == BATCH);
        });
        on(LiveEvents.STREAM_ENDED, e -> inbox.subjectGone(STREAM, Long.parseLong(e.streamId())));
    }
}
