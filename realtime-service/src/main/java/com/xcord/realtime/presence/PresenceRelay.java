package com.xcord.realtime.presence;

import static com.xcord.realtime.protocol.DispatchType.PRESENCE_UPDATE;

import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.delivery.Delivery;
import com.xcord.realtime.projection.Audiences;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.util.retry.Retry;

/**
 * Turns the presence changes published on Redis ({@link PresenceService#CHANNEL}, from any replica) into
 * PRESENCE_UPDATE for this replica's sockets: the user's friends and the members of the small servers they
 * share; not the user's own sessions (their client set the status).
 */
@Component
class PresenceRelay implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PresenceRelay.class);

    private final ReactiveRedisConnectionFactory factory;
    private final Delivery delivery;
    private final Audiences audiences;
    private final RealtimeProperties properties;
    private ReactiveRedisMessageListenerContainer container;
    private Disposable subscription;

    PresenceRelay(ReactiveRedisConnectionFactory factory, Delivery delivery, Audiences audiences,
            RealtimeProperties properties) {
        this.factory = factory;
        this.delivery = delivery;
        this.audiences = audiences;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        container = new ReactiveRedisMessageListenerContainer(factory);
        subscription = container.receive(new ChannelTopic(PresenceService.CHANNEL))
                .doOnNext(message -> {
                    try {
                        relay(message.getMessage());
                    } catch (RuntimeException e) {
                        log.warn("presence message skipped: {}", e.toString());
                    }
                })
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)))
                .subscribe();
    }

    /** {@code userId|status}. */
    private void relay(String message) {
        int bar = message.indexOf('|');
        String userId = message.substring(0, bar);
        String status = message.substring(bar + 1);
        delivery.toUsers(audiences.audienceOf(userId, properties.largeServer()), PRESENCE_UPDATE,
                new PresenceView(userId, status), "presence:" + UUID.randomUUID());
    }

    @Override
    public void destroy() {
        if (subscription != null) {
            subscription.dispose();
        }
        if (container != null) {
            container.destroy();
        }
    }
}
