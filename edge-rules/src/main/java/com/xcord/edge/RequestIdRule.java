package com.xcord.edge;

/**
 * Which {@code X-Request-Id} values are believed — by the gateway (otherwise it makes a new one) and by the servlet
 * services (otherwise the id stays out of their log lines): short and plain, so a value copied into a log line cannot
 * forge fields or lines.
 */
public final class RequestIdRule {

    public static final String HEADER = "X-Request-Id";
    private static final int MAX_LENGTH = 128;

    private RequestIdRule() {
    }

    public static boolean isAcceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == ':';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
