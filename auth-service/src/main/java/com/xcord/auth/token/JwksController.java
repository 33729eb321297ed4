package com.xcord.auth.token;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/** The public signing keys (current and previous) for every service and the gateway. */
@Tag(name = "Keys", description = "The public keys that verify access tokens.")
@RestController
class JwksController {

    private final KeyRing ring;

    JwksController(KeyRing ring) {
        this.ring = ring;
    }

    @Operation(operationId = "getJwks", summary = "Get the keys that verify access tokens",
            description = "A JWK Set with the current and previous RS256 public keys (`kid` picks one). Cacheable "
                    + "for 5 minutes.")
    @GetMapping(path = {"/api/v1/auth/jwks", "/.well-known/jwks.json", "/api/v1/.well-known/jwks.json"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(ring.publicKeys().toJSONObject(true));
    }
}
