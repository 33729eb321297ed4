package com.xcord.auth.token;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/** The public signing keys (current and previous) for every service and the gateway. */
@RestController
class JwksController {

    private final KeyRing ring;

    JwksController(KeyRing ring) {
        this.ring = ring;
    }

    @GetMapping(path = {"/api/v1/auth/jwks", "/.well-known/jwks.json", "/api/v1/.well-known/jwks.json"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(ring.publicKeys().toJSONObject(true));
    }
}
