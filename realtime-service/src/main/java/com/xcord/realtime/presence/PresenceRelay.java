package com.xcord.realtime.presence;

import static com.xcord.realtime.protocol.DispatchType.PRESENCE_UPDATE;

import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.delivery.Delivery;
import com.xcord.realtime.projection.Audiences;
import com.xcord.realtime.pubsub.RedisChannels;
import java.util.UUID;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Turns the presence changes published on Redis ({@link PresenceService#CHANNEL}, from any replica) into
 * PRESENCE_UPDATE for this replica's sockets: the user's friends and the members of the small servers they
 * share; not the user's own sessions (their client set the status).
 */
@Component
class PresenceRelay implements InitializingBean {

    private final RedisChannels channels;
    private final Delivery delivery;
    private final Audiences audiences;
    private final RealtimeProperties properties;

    PresenceRelay(RedisChannels channels, Delivery delivery, Audiences audiences, RealtimeProperties properties) {
        this.channels = channels;
        this.delivery = delivery;
        this.audiences = audiences;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        channels.listen(PresenceService.CHANNEL, this::relay);
    }

    /** {@code userId|status}. */
    private void relay(String message) {
        int bar = message.indexOf('|');
        String userId = message.substring(0, bar);
        String status = message.substring(bar + 1);
        delivery.toUsers(audiences.audienceOf(userId, properties.largeServer()), PRESENCE_UPDATE,
                new PresenceView(userId, status), "presence:" + UUID.randomUUID());
    }
}
