package com.xcord.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.xcord.realtime.support.World;
import com.xcord.realtime.support.WsClient;
import com.xcord.realtime.session.SessionRegistry;
import java.time.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A client that stops reading fills its bounded outbound queue (64 in tests) and is closed: 4010. */
class SlowReaderTests extends RealtimeTestBase {

    @Autowired
    SessionRegistry registry;

    @Autowired
    MeterRegistry meters;

    @Test
    void aSocketThatDoesNotReadIsClosedInsteadOfBufferingWithoutBound() {
        double slowClosesBefore = meters.get("xcord.realtime.slow.consumer.closes").counter().count();
        String a = World.user("a");
        String slow = World.user("slow");
        WsClient reader = online(a);
        WsClient c = track(WsClient.connectNotReading(port));
        c.send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + token(slow) + "\"}}");
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.attachedSockets(slow) == 1);
        String conversation = World.conversation(a, slow);
        String big = "x".repeat(200_000);
        // kernel socket buffers take a few MB first; keep sending until the server gives up on the socket
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> {
            for (int i = 0; i < 10; i++) {
                World.dm(conversation, a, big, a, slow);
            }
            return registry.attachedSockets(slow) == 0;
        });
        // the reading participant was not held back
        String last = World.dm(conversation, a, "small", a, slow);
        reader.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(last));
        assertThat(c.frames.size()).isLessThanOrEqualTo(2);
        // the server drops the TCP connection too (write timeout), although the client never read the close frame
        await().atMost(Duration.ofSeconds(15)).until(() -> !registry.hasConnection(slow));
        c.abort();
        // and the operator sees it: one slow-consumer close (the queue overflowed or, first, a write timed out)
        assertThat(meters.get("xcord.realtime.slow.consumer.closes").counter().count())
                .isEqualTo(slowClosesBefore + 1);
    }
}
