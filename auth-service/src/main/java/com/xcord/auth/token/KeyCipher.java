package com.xcord.auth.token;

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
 * Encrypts private signing keys at rest: AES-256-GCM with a key derived from the configured
 * secret (PBKDF2-HMAC-SHA256, since the secret may be a passphrase). The key id is the
 * associated data, so a ciphertext cannot be moved to another row. Stored as nonce || ciphertext.
 */
@Component
class KeyCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] SALT = "xcord.auth.signing-keys.v1".getBytes(StandardCharsets.UTF_8);
    private static final int ITERATIONS = 210_000;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    KeyCipher(KeyProperties properties) {
        this.key = derive(properties.encryptionSecret());
    }

    byte[] encrypt(String kid, byte[] plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt signing key", e);
        }
    }

    byte[] decrypt(String kid, byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(Arrays.copyOfRange(stored, NONCE_BYTES, stored.length));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt signing key " + kid
                    + " (is xcord.auth.keys.encryption-secret the one it was created with?)", e);
        }
    }

    private static SecretKeySpec derive(String secret) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), SALT, ITERATIONS, 256);
            byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SecretKeySpec(bytes, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the key encryption key", e);
        }
    }
}
