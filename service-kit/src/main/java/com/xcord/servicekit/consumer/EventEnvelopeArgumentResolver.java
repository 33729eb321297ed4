package com.xcord.servicekit.consumer;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

import java.nio.charset.StandardCharsets;

/** Lets a {@code @KafkaListener} method take an {@link EventEnvelope} parameter, decoded by {@link EventCodec}. */
public class EventEnvelopeArgumentResolver implements HandlerMethodArgumentResolver {

    private final EventCodec codec;

    public EventEnvelopeArgumentResolver(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == EventEnvelope.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, Message<?> message) {
        Object payload = message.getPayload();
        String json;
        if (payload instanceof String text) {
            json = text;
        } else if (payload instanceof byte[] bytes) {
            json = new String(bytes, StandardCharsets.UTF_8);
        } else {
            throw new EventCodec.EventCodecException("record value is not an event envelope", null);
        }
        // an EventCodecException here is a poison record: not retried, dead-lettered
        return codec.decode(json);
    }
}
