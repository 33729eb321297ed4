package com.xcord.gateway.hygiene;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the gateway does to every request and response.
 *
 * @param cors                   which browser origins may call the API
 * @param maxBodySize            larger request bodies get 413 (also when streamed without a length)
 * @param uploadPaths            exact paths allowed {@code maxUploadSize} instead (media uploads)
 * @param maxUploadSize          the limit on {@code uploadPaths}
 * @param strippedRequestHeaders client headers never passed on: only the gateway may say who the client is
 * @param hsts                   the Strict-Transport-Security value
 * @param referrerPolicy         the Referrer-Policy value
 * @param trustedProxies         CIDRs of the proxies in front of the gateway (an ingress controller, a load balancer)
 *                               whose {@code X-Forwarded-For} names the client; empty when the gateway is the edge
 */
@ConfigurationProperties("xcord.gateway")
public record HygieneProperties(
        @DefaultValue Cors cors,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("/api/v1/media/upload") List<String> uploadPaths,
        @DefaultValue("50MB") DataSize maxUploadSize,
        @DefaultValue({"Forwarded", "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Port",
                "X-Forwarded-Prefix", "X-Real-IP", "X-Client-IP", "X-User-Id", "X-Original-URL", "X-Rewrite-URL"})
        List<String> strippedRequestHeaders,
        @DefaultValue("max-age=31536000; includeSubDomains") String hsts,
        @DefaultValue("no-referrer") String referrerPolicy,
        @DefaultValue List<String> trustedProxies) {

    /**
     * @param allowedOrigins exact origins, e.g. {@code https://app.xcord.example}
     * @param maxAge         how long a browser may cache a preflight answer
     */
    public record Cors(
            @DefaultValue({"http://localhost:3000", "http://localhost:5173"}) List<String> allowedOrigins,
            @DefaultValue("1h") Duration maxAge) {
    }
}
