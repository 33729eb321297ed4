package com.xcord.realtime.protocol;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every dispatch type the gateway sends ({@code "t"} of a DISPATCH frame). Each has one view record, the
 * record annotated {@link DispatchPayload} with it; realtime-service's README has the table of types and
 * shapes, and the fleet's AsyncAPI document a message {@code Dispatch_<TYPE>} per type.
 */
public enum DispatchType {

    READY,
    MESSAGE_CREATE, MESSAGE_UPDATE, MESSAGE_DELETE,
    CHANNEL_CREATE, CHANNEL_UPDATE, CHANNEL_DELETE,
    SERVER_CREATE, SERVER_UPDATE, SERVER_DELETE,
    ROLE_CREATE, ROLE_UPDATE, ROLE_DELETE,
    MEMBER_ADD, MEMBER_UPDATE, MEMBER_REMOVE,
    DM_MESSAGE_CREATE, DM_MESSAGE_UPDATE, DM_MESSAGE_DELETE,
    DM_CONVERSATION_CREATE, DM_CONVERSATION_UPDATE,
    DM_PARTICIPANT_ADD, DM_PARTICIPANT_REMOVE,
    DM_READ, UNREAD_UPDATE,
    NOTIFICATION_CREATE, NOTIFICATION_DELETE,
    USER_UPDATE,
    RELATIONSHIP_ADD, RELATIONSHIP_REMOVE,
    POST_CREATE, POST_DELETE,
    PRESENCE_UPDATE,
    TYPING_START,
    STREAM_START, STREAM_UPDATE, STREAM_END, VIEWER_COUNT, LIVE_CHAT_MESSAGE, LIVE_CHAT_MESSAGE_DELETE;

    private static final ClassValue<Set<DispatchType>> DECLARED = new ClassValue<>() {
        @Override
        protected Set<DispatchType> computeValue(Class<?> type) {
            DispatchPayload declared = type.getAnnotation(DispatchPayload.class);
            return declared == null || declared.value().length == 0 ? Set.of()
                    : EnumSet.copyOf(Arrays.asList(declared.value()));
        }
    };

    /**
     * The {@code d} of this dispatch as JSON. Refuses a payload that is not this type's view record, so that
     * no event record (or map) reaches a client by mistake.
     */
    public String serialize(Object view) {
        if (!DECLARED.get(view.getClass()).contains(this)) {
            throw new IllegalArgumentException(view.getClass().getName() + " is not declared as the payload of "
                    + this + " (@DispatchPayload)");
        }
        return Json.write(view);
    }
}
