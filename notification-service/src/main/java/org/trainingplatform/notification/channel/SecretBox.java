package org.trainingplatform.notification.channel;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Seals agencies' provider credentials with AES-256-GCM. Each secret is bound to its agency
 * (associated data), so a sealed value copied into another agency's settings does not open.
 */
class SecretBox {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /** @param base64Key 32 random bytes, Base64-encoded */
    SecretBox(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("platform.notification.secret-key must be Base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("platform.notification.secret-key must be 32 bytes (Base64 of 32 random bytes)");
        }
        key = new SecretKeySpec(bytes, "AES");
    }

    EncryptedSecret seal(String secret, String agencyId) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, agencyId);
            byte[] sealed = cipher.doFinal(secret.getBytes(UTF_8));
            return new EncryptedSecret(PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a secret", e);
        }
    }

    String open(EncryptedSecret secret, String agencyId) {
        if (!secret.sealed().startsWith(PREFIX)) {
            throw new IllegalStateException("Unknown secret format");
        }
        byte[] bytes = Base64.getDecoder().decode(secret.sealed().substring(PREFIX.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, IV_BYTES), agencyId);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret of " + agencyId
                    + " does not open: the key changed or the value was altered", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String agencyId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(agencyId.getBytes(UTF_8));
        return cipher;
    }
}
