package com.xcord.realtime.presence;

import com.xcord.realtime.protocol.DispatchPayload;
import com.xcord.realtime.protocol.DispatchType;

/** PRESENCE_UPDATE: a user's status as others see it ({@code invisible} shows as {@code offline}). */
@DispatchPayload(DispatchType.PRESENCE_UPDATE)
public record PresenceView(String userId, String status) {
}
