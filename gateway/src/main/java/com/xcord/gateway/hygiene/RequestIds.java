package com.xcord.gateway.hygiene;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code X-Request-Id}: a client's or upstream proxy's id is kept when it is short and plain (so it
 * cannot forge log lines), otherwise a new random one is made — without SecureRandom, which an id
 * that is not a secret does not need.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final int MAX_LENGTH = 128;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private RequestIds() {
    }

    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    static void attach(ServerWebExchange exchange, String id) {
        exchange.getAttributes().put(ATTRIBUTE, id);
    }

    static String keepOrCreate(String inbound) {
        return isAcceptable(inbound) ? inbound : create();
    }

    static boolean isAcceptable(String id) {
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

    static String create() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[32];
        long high = random.nextLong();
        long low = random.nextLong();
        for (int i = 0; i < 16; i++) {
            id[i] = HEX[(int) (high >>> (60 - 4 * i)) & 0xf];
            id[16 + i] = HEX[(int) (low >>> (60 - 4 * i)) & 0xf];
        }
        return new String(id);
    }
}
