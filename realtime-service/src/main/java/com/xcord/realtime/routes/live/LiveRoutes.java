package com.xcord.realtime.routes.live;

import com.xcord.events.live.LiveChatMessageCreated;
import com.xcord.events.live.LiveChatMessageDeleted;
import com.xcord.events.live.StreamEndedV2;
import com.xcord.events.live.StreamStarted;
import com.xcord.events.live.StreamUpdated;
import com.xcord.events.live.ViewerCountChanged;
import com.xcord.realtime.delivery.Delivery;
import com.xcord.realtime.delivery.Stream;
import com.xcord.realtime.projection.EventRoutes;
import com.xcord.realtime.projection.RouteTable;
import com.xcord.realtime.protocol.DispatchType;
import org.springframework.stereotype.Component;

/**
 * live-service's events, to the sockets SUBSCRIBEd to the stream ({@code {"stream":"live","id":"<streamId>"}})
 * and to nobody else: STREAM_START, STREAM_UPDATE, STREAM_END, VIEWER_COUNT, LIVE_CHAT_MESSAGE,
 * LIVE_CHAT_MESSAGE_DELETE. Every stream is public (live-service has no server-scoped streams yet), so every
 * subscriber may receive them; the projection keeps nothing of them. A SUBSCRIBE also makes the socket's user a
 * viewer ({@code viewers.LiveViewers}).
 */
@Component
class LiveRoutes implements EventRoutes {

    static final String LIVE_STREAM = "live";

    private final Delivery delivery;

    LiveRoutes(Delivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(StreamStarted.class, (e, id, live) -> toSubscribers(live, e.streamId(), DispatchType.STREAM_START,
                        LiveViews.started(e), id))
                .on(StreamUpdated.class, (e, id, live) -> toSubscribers(live, e.streamId(),
                        DispatchType.STREAM_UPDATE, LiveViews.updated(e), id))
                .on(StreamEndedV2.class, (e, id, live) -> toSubscribers(live, e.streamId(), DispatchType.STREAM_END,
                        LiveViews.ended(e), id))
                .on(ViewerCountChanged.class, (e, id, live) -> toSubscribers(live, e.streamId(),
                        DispatchType.VIEWER_COUNT, LiveViews.viewers(e), id))
                .on(LiveChatMessageCreated.class, (e, id, live) -> toSubscribers(live, e.streamId(),
                        DispatchType.LIVE_CHAT_MESSAGE, LiveViews.message(e), id))
                .on(LiveChatMessageDeleted.class, (e, id, live) -> toSubscribers(live, e.streamId(),
                        DispatchType.LIVE_CHAT_MESSAGE_DELETE, LiveViews.deleted(e), id))
                .stream(LIVE_STREAM);
    }

    private void toSubscribers(boolean live, String streamId, DispatchType type, Object view, String eventId) {
        if (live) {
            delivery.toStream(new Stream(LIVE_STREAM, streamId), viewer -> true, delivery.prepare(type, view), eventId);
        }
    }
}
