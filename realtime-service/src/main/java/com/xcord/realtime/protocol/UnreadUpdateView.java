package com.xcord.realtime.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * UNREAD_UPDATE, to all of the user's own sessions: one of their unread counts changed. A conversation's
 * ({@code conversationId}, its {@code unreadCount}: an item of dm-service's {@code GET /dm/unread}) or the notification
 * badge ({@code scope: notifications}, {@code unreadCount} exact and {@code unreadDisplay} as the badge shows it:
 * notification-service's {@code GET /notifications/unread-count}). The fields of the other kind are left out.
 * One record for both, as every dispatch type has one view (DispatchDocumentationTests).
 */
@DispatchPayload(DispatchType.UNREAD_UPDATE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnreadUpdateView(String conversationId, int unreadCount, String scope, String unreadDisplay) {

    public static final String NOTIFICATIONS = "notifications";

    public static UnreadUpdateView ofConversation(String conversationId, int unreadCount) {
        return new UnreadUpdateView(conversationId, unreadCount, null, null);
    }

    public static UnreadUpdateView ofNotifications(int unreadCount, String unreadDisplay) {
        return new UnreadUpdateView(null, unreadCount, NOTIFICATIONS, unreadDisplay);
    }
}
