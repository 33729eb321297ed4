package com.xcord.edge;

import java.nio.charset.StandardCharsets;

/**
 * The JSON of an RFC 9457 problem with its four standard members, written by hand: for the answers given where no
 * JSON library is configured (the gateway, Reactor Netty's and Tomcat's own refusals), so that nothing a serializer
 * configuration could change alters them.
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    /** {@code {"type":…,"title":…,"status":…,"detail":…}}; a null detail is left out. */
    public static byte[] write(String type, String title, int status, String detail) {
        StringBuilder json = new StringBuilder(160);
        json.append("{\"type\":");
        quote(json, type);
        json.append(",\"title\":");
        quote(json, title);
        json.append(",\"status\":").append(status);
        if (detail != null) {
            json.append(",\"detail\":");
            quote(json, detail);
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A problem that says no more than its status: the type of {@link ProblemTypes#forStatus(int)}. */
    public static byte[] forStatus(int status, String title, String detail) {
        return write(ProblemTypes.forStatus(status), title, status, detail);
    }

    private static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
