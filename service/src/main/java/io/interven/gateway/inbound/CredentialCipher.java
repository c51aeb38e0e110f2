package io.interven.gateway.inbound;

import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens route credentials with AES-256-GCM (JDK {@code javax.crypto}): a fresh random 12-byte nonce for
 * every encryption, a 128-bit tag, and authenticated data naming the route (tenant, prefix, credential type and
 * name), so a ciphertext copied to another row, or a row whose type or name was changed, does not open.
 *
 * <p>The sealed secret is the value (header, query, bearer) or {@code username:password} (basic, whose username is
 * thereby not stored in clear; a username never holds a colon, as in HTTP Basic itself). Header and query names are
 * not secret and stay in their own column, bound by the authenticated data.
 */
public final class CredentialCipher {
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String AAD_VERSION = "interven/inbound-route/v1";

    private final MasterKeyring keys;
    private final SecureRandom random = new SecureRandom();

    public CredentialCipher(MasterKeyring keys) {
        this.keys = keys;
    }

    /** True when a current master key is configured, so credentials can be sealed. */
    public boolean canSeal() {
        return keys.current().isPresent();
    }

    /** Throws 503 {@code MASTER_KEY_MISSING} unless a current master key is configured. */
    public void requireMasterKey() {
        if (!canSeal()) {
            throw masterKeyMissing();
        }
    }

    /** The credential sealed with the current master key; 503 {@code MASTER_KEY_MISSING} when there is none. */
    public SealedCredential seal(UUID tenantId, String prefix, RouteCredential credential) {
        MasterKey key = keys.current().orElseThrow(CredentialCipher::masterKeyMissing);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plaintext = secretOf(credential).getBytes(StandardCharsets.UTF_8);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(tenantId, prefix, credential.type(), nameOf(credential)));
            byte[] sealed = cipher.doFinal(plaintext);
            return new SealedCredential(Base64.getEncoder().encodeToString(sealed),
                    Base64.getEncoder().encodeToString(nonce), key.id());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM (" + e.getClass().getSimpleName()
                    + ")");
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /**
     * The credential of route {@code prefix} as sealed, with the type and name stored beside it; a key the gateway
     * does not have, or a ciphertext that does not authenticate for this route, throws {@link CredentialUnreadable}.
     */
    public RouteCredential open(UUID tenantId, String prefix, String type, String name, SealedCredential sealed) {
        MasterKey key = keys.byId(sealed.keyId()).orElseThrow(() -> new CredentialUnreadable("the credential of"
                + " inbound route " + prefix + " was sealed with a master key this gateway does not have"));
        byte[] plaintext = null;
        try {
            byte[] nonce = Base64.getDecoder().decode(sealed.nonce());
            byte[] ciphertext = Base64.getDecoder().decode(sealed.ciphertext());
            if (nonce.length != NONCE_BYTES) {
                throw new CredentialUnreadable("the credential of inbound route " + prefix + " has a malformed nonce");
            }
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(tenantId, prefix, type, name));
            plaintext = cipher.doFinal(ciphertext);
            return credentialOf(prefix, type, name, new String(plaintext, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new CredentialUnreadable("the credential of inbound route " + prefix + " does not decrypt: its"
                    + " ciphertext was changed or belongs to another route");
        } finally {
            if (plaintext != null) {
                Arrays.fill(plaintext, (byte) 0);
            }
        }
    }

    /** The credential sealed again, with the current key and a new nonce, for the same route. */
    public SealedCredential reseal(UUID tenantId, String prefix, String type, String name, SealedCredential sealed) {
        return seal(tenantId, prefix, open(tenantId, prefix, type, name, sealed));
    }

    /** The name stored in clear beside the ciphertext: the header or query name; none for basic and bearer. */
    public static String nameOf(RouteCredential credential) {
        if (credential instanceof RouteCredential.Header header) {
            return header.name();
        }
        if (credential instanceof RouteCredential.Query query) {
            return query.name();
        }
        return null;
    }

    private static ApiException masterKeyMissing() {
        return new ApiException(ErrorCode.MASTER_KEY_MISSING, "no master key is configured ("
                + MasterKeyring.MASTER_KEY_SETTING + "), so no inbound route credential can be encrypted");
    }

    private static String secretOf(RouteCredential credential) {
        if (credential instanceof RouteCredential.Header header) {
            return header.value();
        }
        if (credential instanceof RouteCredential.Query query) {
            return query.value();
        }
        if (credential instanceof RouteCredential.Bearer bearer) {
            return bearer.token();
        }
        RouteCredential.Basic basic = (RouteCredential.Basic) credential;
        return basic.username() + ":" + basic.password();
    }

    private static RouteCredential credentialOf(String prefix, String type, String name, String secret) {
        return switch (type) {
            case "header" -> new RouteCredential.Header(name, secret);
            case "query" -> new RouteCredential.Query(name, secret);
            case "bearer" -> new RouteCredential.Bearer(secret);
            case "basic" -> {
                int colon = secret.indexOf(':');
                if (colon < 0) {
                    throw new CredentialUnreadable("the basic credential of inbound route " + prefix
                            + " has no username");
                }
                yield new RouteCredential.Basic(secret.substring(0, colon), secret.substring(colon + 1));
            }
            default -> throw new CredentialUnreadable("inbound route " + prefix + " has an unknown credential type");
        };
    }

    private static byte[] associatedData(UUID tenantId, String prefix, String type, String name) {
        return String.join("\n", AAD_VERSION, tenantId.toString(), prefix, type, name == null ? "" : name)
                .getBytes(StandardCharsets.UTF_8);
    }
}
