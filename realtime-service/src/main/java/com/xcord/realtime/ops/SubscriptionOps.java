package com.xcord.realtime.ops;

import com.xcord.realtime.delivery.Stream;
import com.xcord.realtime.projection.SubscribableStreams;
import com.xcord.realtime.protocol.CloseCode;
import com.xcord.realtime.session.Connection;
import com.xcord.realtime.session.Subscriptions;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * SUBSCRIBE / UNSUBSCRIBE: {@code {"op":"SUBSCRIBE","d":{"stream":"profile","id":"<userId>"}}}. A frame
 * without a string {@code stream} and {@code id} (1–64 characters) is a decode error (4002). A stream type
 * no producer's routes declare is ignored, so clients may already send types a later build delivers (a live
 * stream's chat). SUBSCRIBEs beyond {@code maxSubscriptions} per session are ignored too, with no error:
 * closing would cost the client every other stream for one too many.
 */
@Component
class SubscriptionOps {

    private static final int MAX_LENGTH = 64;

    private final SubscribableStreams streams;
    private final Subscriptions subscriptions;

    SubscriptionOps(SubscribableStreams streams, Subscriptions subscriptions) {
        this.streams = streams;
        this.subscriptions = subscriptions;
    }

    void subscribe(Connection c, JsonNode d, long now) {
        Stream stream = decode(c, d);
        if (stream != null && streams.isFed(stream.type())) {
            subscriptions.subscribe(c.session(), stream);
        }
    }

    void unsubscribe(Connection c, JsonNode d, long now) {
        Stream stream = decode(c, d);
        if (stream != null) {
            subscriptions.unsubscribe(c.session(), stream);
        }
    }

    /** The stream the frame names, or null after closing the socket with 4002. */
    private static Stream decode(Connection c, JsonNode d) {
        JsonNode type = d.path("stream");
        JsonNode id = d.path("id");
        if (!isShortString(type) || !isShortString(id)) {
            c.closeNow(CloseCode.DECODE_ERROR, "Decode error: SUBSCRIBE and UNSUBSCRIBE need a stream and an id");
            return null;
        }
        return new Stream(type.asString(), id.asString());
    }

    private static boolean isShortString(JsonNode node) {
        return node.isString() && !node.asString().isEmpty() && node.asString().length() <= MAX_LENGTH;
    }
}
