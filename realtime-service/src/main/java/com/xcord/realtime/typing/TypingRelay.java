package com.xcord.realtime.typing;

import static com.xcord.realtime.protocol.DispatchType.TYPING_START;

import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.delivery.Delivery;
import com.xcord.realtime.projection.Audiences;
import com.xcord.realtime.protocol.Json;
import com.xcord.realtime.pubsub.RedisChannels;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Turns the TYPING published on Redis ({@link TypingService#CHANNEL}, from any replica, in order) into
 * TYPING_START for this replica's sockets of those who may see the channel or conversation, but the typist.
 */
@Component
class TypingRelay implements InitializingBean {

    private final RedisChannels channels;
    private final Delivery delivery;
    private final Audiences audiences;
    private final RealtimeProperties properties;

    TypingRelay(RedisChannels channels, Delivery delivery, Audiences audiences, RealtimeProperties properties) {
        this.channels = channels;
        this.delivery = delivery;
        this.audiences = audiences;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        channels.listen(TypingService.CHANNEL,
                message -> relay(Json.MAPPER.readValue(message, TypingService.Typing.class)));
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
}
