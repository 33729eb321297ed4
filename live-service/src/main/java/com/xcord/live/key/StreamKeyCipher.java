package com.xcord.live.key;

import com.xcord.live.LiveProperties;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Encrypts stream keys at rest so that their owner can reveal them (like auth-service's signing keys): AES-256-GCM
 * with a key derived from {@code xcord.live.stream-keys.encryption-secret} (PBKDF2-HMAC-SHA256, the secret may be a
 * passphrase). The owner's id is the associated data, so a ciphertext moved to another user's row does not open.
 * Stored as nonce || ciphertext.
 */
@Component
class StreamKeyCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] SALT = "xcord.live.stream-keys.v1".getBytes(StandardCharsets.UTF_8);
    private static final int ITERATIONS = 210_000;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    StreamKeyCipher(LiveProperties properties) {
        this.key = derive(properties.streamKeys().encryptionSecret());
    }

    byte[] encrypt(long userId, String streamKey) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(Long.toString(userId).getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(streamKey.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a stream key", e);
        }
    }

    String decrypt(long userId, byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(Long.toString(userId).getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(Arrays.copyOfRange(stored, NONCE_BYTES, stored.length)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt the stream key of user " + userId
                    + " (is xcord.live.stream-keys.encryption-secret the one it was created with?)", e);
        }
    }

    private static SecretKeySpec derive(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("xcord.live.stream-keys.encryption-secret is not set");
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), SALT, ITERATIONS, 256);
            byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SecretKeySpec(bytes, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the stream key encryption key", e);
        }
    }
}
