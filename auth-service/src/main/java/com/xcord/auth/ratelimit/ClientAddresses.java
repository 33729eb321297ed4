package com.xcord.auth.ratelimit;

import com.xcord.edge.client.ForwardedFor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Resolves the client address with edge-rules' {@link ForwardedFor}: the TCP peer, unless the peer is a trusted proxy
 * (the gateway), in which case the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy.
 */
@Component
public class ClientAddresses {

    private final ForwardedFor forwardedFor;

    ClientAddresses(TrustedProxies properties) {
        this.forwardedFor = new ForwardedFor(properties.trustedProxies());
    }

    public ClientInfo resolve(HttpServletRequest request) {
        return new ClientInfo(clientIp(request), request.getHeader(HttpHeaders.USER_AGENT));
    }

    String clientIp(HttpServletRequest request) {
        return forwardedFor.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** @param trustedProxies CIDRs whose {@code X-Forwarded-For} is believed; loopback by default */
    @ConfigurationProperties("xcord.auth")
    record TrustedProxies(@DefaultValue({"127.0.0.0/8", "::1/128"}) List<String> trustedProxies) {
    }
}
