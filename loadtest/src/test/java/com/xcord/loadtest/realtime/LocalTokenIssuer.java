package com.xcord.loadtest.realtime;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * Stands in for auth-service when a benchmark drives realtime-service alone: mints access tokens shaped as
 * auth-service mints them (RS256, {@code typ: at+jwt}, {@code kid}; {@code iss}, {@code aud}, {@code sub},
 * {@code sid}, {@code iat}, {@code exp}, {@code jti}) with a key of its own, and serves that key's JWKS on
 * {@code http://localhost:<port>/jwks}. Start realtime-service with
 * {@code --xcord.security.jwks-uri=http://localhost:<port>/jwks}; it fetches the JWKS on the first IDENTIFY,
 * so realtime-service may start before the issuer does.
 *
 * <p>Plain JDK (no JOSE library) so that Gatling simulations and plain benchmarks share it as it is.
 */
public final class LocalTokenIssuer implements AutoCloseable {

    /** The port realtime-service/bench/*.sh point realtime-service at. */
    public static final int DEFAULT_PORT = 18099;

    private static final String ISSUER = "https://xcord.local";
    private static final String AUDIENCE = "xcord";
    private static final long LIFETIME_SECONDS = 3600;

    private final KeyPair key = generateKey();
    private final String kid = "loadtest-" + UUID.randomUUID();
    private final HttpServer jwksServer;

    private LocalTokenIssuer(int port) {
        byte[] jwks = jwks().getBytes(StandardCharsets.UTF_8);
        try {
            jwksServer = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the JWKS on port " + port + " (another benchmark still running?)", e);
        }
        jwksServer.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        jwksServer.start();
    }

    /** Generates a key and serves its JWKS on {@code port} until {@link #close()}. */
    public static LocalTokenIssuer serve(int port) {
        return new LocalTokenIssuer(port);
    }

    /** An access token for {@code userId}, valid for an hour; the session id is the user id. */
    public String token(String userId) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"" + kid + "\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + userId + "\",\"sid\":\""
                + userId + "\",\"iat\":" + now + ",\"exp\":" + (now + LIFETIME_SECONDS) + ",\"jti\":\"" + UUID.randomUUID()
                + "\"}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        jwksServer.stop(0);
    }

    private String jwks() {
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + kid + "\",\"n\":\""
                + unsignedBase64Url(publicKey.getModulus()) + "\",\"e\":\"" + unsignedBase64Url(publicKey.getPublicExponent())
                + "\"}]}";
    }

    private static KeyPair generateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JWK integers are unsigned big-endian: drop the sign byte BigInteger adds when the top bit is set. */
    private static String unsignedBase64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return base64Url(bytes);
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
