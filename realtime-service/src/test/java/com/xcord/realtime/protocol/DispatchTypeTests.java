package com.xcord.realtime.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.xcord.events.feed.PostDeleted;
import com.xcord.realtime.presence.PresenceView;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dispatch's {@code d} is its type's view record and nothing else: never an event, never a map. */
class DispatchTypeTests {

    @Test
    void aViewIsSerializedForTheTypesItIsDeclaredFor() {
        assertThat(DispatchType.PRESENCE_UPDATE.serialize(new PresenceView("1", "online")))
                .isEqualTo("{\"userId\":\"1\",\"status\":\"online\"}");
    }

    @Test
    void anEventRecordAMapOrAnotherTypesViewIsRefused() {
        assertThatThrownBy(() -> DispatchType.POST_DELETE.serialize(new PostDeleted("1", "2", Instant.now())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DispatchType.SERVER_DELETE.serialize(Map.of("id", "1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DispatchType.TYPING_START.serialize(new PresenceView("1", "online")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
