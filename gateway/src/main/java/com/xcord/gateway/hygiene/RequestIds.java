package com.xcord.gateway.hygiene;

import com.xcord.edge.RequestIdRule;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code X-Request-Id}: a client's or upstream proxy's id is kept when edge-rules' {@link RequestIdRule} accepts it
 * (short and plain, so it cannot forge log lines), otherwise a new random one is made — without SecureRandom, which
 * an id that is not a secret does not need.
 */
public final class RequestIds {

    public static final String HEADER = RequestIdRule.HEADER;
    private static final String ATTRIBUTE = RequestIds.class.getName();
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
        return RequestIdRule.isAcceptable(id);
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
