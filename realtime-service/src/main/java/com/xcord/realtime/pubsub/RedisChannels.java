package com.xcord.realtime.pubsub;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.util.retry.Retry;

/**
 * Redis pub/sub between replicas (presence changes, typing), over one connection: a listener gets each message
 * of its channel in order; one that fails is logged and skipped, and a lost connection is retried for ever.
 */
@Component
public class RedisChannels implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisChannels.class);

    private final ReactiveRedisMessageListenerContainer container;
    private final List<Disposable> listeners = new CopyOnWriteArrayList<>();

    RedisChannels(ReactiveRedisConnectionFactory factory) {
        this.container = new ReactiveRedisMessageListenerContainer(factory);
    }

    /** Calls {@code onMessage} with every message published on the channel from now on, until shutdown. */
    public void listen(String channel, Consumer<String> onMessage) {
        listeners.add(container.receive(new ChannelTopic(channel))
                .doOnNext(message -> {
                    try {
                        onMessage.accept(message.getMessage());
                    } catch (RuntimeException e) {
                        log.warn("{} message skipped: {}", channel, e.toString());
                    }
                })
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)))
                .subscribe());
    }

    @Override
    public void destroy() {
        listeners.forEach(Disposable::dispose);
        container.destroy();
    }
}
