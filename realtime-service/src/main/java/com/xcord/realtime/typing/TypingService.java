package com.xcord.realtime.typing;

import com.xcord.realtime.protocol.Json;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * TYPING goes replica to replica through Redis pub/sub ({@code rt:typing}), not Kafka: it is ephemeral,
 * must be fast and is worthless after 10 s. Each replica relays it as TYPING_START to its own sockets of
 * those who may see the channel or conversation.
 */
@Component
public class TypingService {

    public static final String CHANNEL = "rt:typing";

    /** The pub/sub message. Exactly one of channel (with server) or conversation is set. */
    public record Typing(String userId, String serverId, String channelId, String conversationId, long timestamp) {
    }

    private final ReactiveStringRedisTemplate redis;

    public TypingService(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    public Mono<Void> publish(Typing typing) {
        return redis.convertAndSend(CHANNEL, Json.write(typing)).then();
    }
}
