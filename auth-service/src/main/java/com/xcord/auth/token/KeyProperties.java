package com.xcord.auth.token;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param encryptionSecret    the secret the at-rest encryption key of private keys is derived from
 * @param rotationInterval    a new signing key becomes current this long after the last one
 * @param reloadInterval      how often a replica re-reads the key table
 * @param maintenanceInterval how often rotation and retirement are checked
 */
@ConfigurationProperties("xcord.auth.keys")
record KeyProperties(
        String encryptionSecret,
        @DefaultValue("30d") Duration rotationInterval,
        @DefaultValue("30s") Duration reloadInterval,
        @DefaultValue("1m") Duration maintenanceInterval) {

    KeyProperties {
        if (encryptionSecret == null || encryptionSecret.length() < 16) {
            throw new IllegalArgumentException("xcord.auth.keys.encryption-secret must be set (16+ characters)");
        }
    }
}
