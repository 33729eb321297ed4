package com.xcord.server.member;

/**
 * A member joined ({@code +1}) or left ({@code -1}) a server: announced inside the transaction
 * of the change, for the guild feature, which keeps the server's member count.
 */
public record MemberCountChanged(long serverId, int delta) {
}
