package com.xcord.realtime.ws;

import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.projection.Projection;
import com.xcord.realtime.redis.PresenceService;
import com.xcord.realtime.redis.TypingService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** Turns Redis pub/sub (presence changes, typing) into PRESENCE_UPDATE and TYPING_START for local sockets. */
@Component
public class PubSubRelay implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PubSubRelay.class);

    private final ReactiveRedisConnectionFactory factory;
    private final SessionRegistry sessions;
    private final Projection projection;
    private final RealtimeProperties properties;
    private ReactiveRedisMessageListenerContainer container;
    private Disposable subscription;

    public PubSubRelay(ReactiveRedisConnectionFactory factory, SessionRegistry sessions, Projection projection,
            RealtimeProperties properties) {
        this.factory = factory;
        this.sessions = sessions;
        this.projection = projection;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        container = new ReactiveRedisMessageListenerContainer(factory);
        subscription = container.receive(new ChannelTopic(PresenceService.CHANNEL), new ChannelTopic(TypingService.CHANNEL))
                .doOnNext(message -> {
                    try {
                        if (message.getChannel().equals(PresenceService.CHANNEL)) {
                            presence(message.getMessage());
                        } else {
                            typing(message.getMessage());
                        }
                    } catch (RuntimeException e) {
                        log.warn("pub/sub message skipped: {}", e.toString());
                    }
                })
                .retryWhen(Retry.backoff(Long.MAX_VALUE, java.time.Duration.ofSeconds(1)))
                .subscribe();
    }

    private void presence(String message) {
        int bar = message.indexOf('|');
        String userId = message.substring(0, bar);
        String status = message.substring(bar + 1);
        // friends and members of the small servers they share; not the user's own sessions (their client set the status)
        Set<String> audience = projection.audienceOf(userId, properties.largeServer());
        String json = Json.write(Map.of("userId", userId, "status", status));
        String eventId = "presence:" + UUID.randomUUID();
        for (String to : audience) {
            sessions.dispatch(to, "PRESENCE_UPDATE", json, eventId);
        }
    }

    private void typing(String message) {
        TypingService.Typing t = Json.MAPPER.readValue(message, TypingService.Typing.class);
        List<String> to;
        if (t.channelId() != null) {
            to = projection.viewersOf(t.serverId(), t.channelId());
        } else {
            Projection.Conversation c = projection.conversation(t.conversationId());
            to = c == null ? List.of() : c.participantIds();
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("userId", t.userId());
        if (t.channelId() != null) {
            d.put("serverId", t.serverId());
            d.put("channelId", t.channelId());
        } else {
            d.put("conversationId", t.conversationId());
        }
        d.put("timestamp", t.timestamp());
        d.put("expiresAt", t.timestamp() + properties.typingTtl().toMillis());
        String json = Json.write(d);
        String eventId = "typing:" + UUID.randomUUID();
        for (String userId : to) {
            if (!userId.equals(t.userId())) {
                sessions.dispatch(userId, "TYPING_START", json, eventId);
            }
        }
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
