package com.xcord.realtime.typing;

import static com.xcord.realtime.protocol.DispatchType.TYPING_START;

import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.delivery.Delivery;
import com.xcord.realtime.projection.Audiences;
import com.xcord.realtime.protocol.Json;
import java.time.Duration;
import java.util.List;
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
 * Turns the TYPING published on Redis ({@link TypingService#CHANNEL}, from any replica, in order) into
 * TYPING_START for this replica's sockets of those who may see the channel or conversation, but the typist.
 */
@Component
class TypingRelay implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TypingRelay.class);

    private final ReactiveRedisConnectionFactory factory;
    private final Delivery delivery;
    private final Audiences audiences;
    private final RealtimeProperties properties;
    private ReactiveRedisMessageListenerContainer container;
    private Disposable subscription;

    TypingRelay(ReactiveRedisConnectionFactory factory, Delivery delivery, Audiences audiences,
            RealtimeProperties properties) {
        this.factory = factory;
        this.delivery = delivery;
        this.audiences = audiences;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        container = new ReactiveRedisMessageListenerContainer(factory);
        subscription = container.receive(new ChannelTopic(TypingService.CHANNEL))
                .doOnNext(message -> {
                    try {
                        relay(Json.MAPPER.readValue(message.getMessage(), TypingService.Typing.class));
                    } catch (RuntimeException e) {
                        log.warn("typing message skipped: {}", e.toString());
                    }
                })
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)))
                .subscribe();
    }

    private void relay(TypingService.Typing t) {
        List<String> to = t.channelId() != null ? audiences.viewersOf(t.serverId(), t.channelId())
                : audiences.participantsOf(t.conversationId());
        List<String> others = to.stream().filter(userId -> !userId.equals(t.userId())).toList();
        TypingStartView view = new TypingStartView(t.userId(), t.channelId() != null ? t.serverId() : null,
                t.channelId(), t.channelId() != null ? null : t.conversationId(), t.timestamp(),
                t.timestamp() + properties.typingTtl().toMillis());
        delivery.toUsers(others, TYPING_START, view, "typing:" + UUID.randomUUID());
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
