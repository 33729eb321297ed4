package com.xcord.auth.token;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * {@code POST /actuator/keyrotation}: makes a new signing key current now (the previous one stays
 * published until its tokens have expired). For operators and the gateway's rotation test; like every
 * actuator endpoint but health it is reachable over HTTP only when
 * {@code management.endpoints.web.exposure.include} names it, and then only with a valid access token.
 */
@Component
@Endpoint(id = "keyrotation")
class KeyRotationEndpoint {

    private final KeyRotation rotation;

    KeyRotationEndpoint(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @WriteOperation
    Map<String, String> rotate() {
        rotation.rotate();
        return Map.of("status", "rotated");
    }
}
