package io.interven.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * AES-256-GCM of route credentials: every kind round-trips, every encryption has its own nonce, the ciphertext is
 * bound to its route (tenant, prefix, type, name), changed bytes or an unknown key do not open, and no message or
 * {@code toString} shows a value.
 */
class CredentialCipherTest {
    private static final String VALUE = "sk-PLANTED-cipher-4f1c9a77e2";
    private static final MasterKey A = key(1);
    private static final MasterKey B = key(2);
    private static final UUID TENANT = UUID.randomUUID();

    static MasterKey key(int seed) {
        byte[] raw = new byte[32];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (seed * 31 + i);
        }
        return MasterKey.of(raw);
    }

    private static CredentialCipher cipher(MasterKey current, MasterKey... retired) {
        return new CredentialCipher(new MasterKeyring(current, List.of(retired)));
    }

    @Test
    void everyKindOfCredentialComesBackAsSealed() {
        CredentialCipher cipher = cipher(A);
        List<RouteCredential> credentials = List.of(new RouteCredential.Header("X-Api-Key", VALUE),
                new RouteCredential.Query("api_key", VALUE), new RouteCredential.Bearer(VALUE),
                new RouteCredential.Basic("agent@acme.example", "pa:ss " + VALUE));
        for (RouteCredential credential : credentials) {
            SealedCredential sealed = cipher.seal(TENANT, "crm", credential);

            assertThat(cipher.open(TENANT, "crm", credential.type(), CredentialCipher.nameOf(credential), sealed))
                    .isEqualTo(credential);
            assertThat(sealed.keyId()).isEqualTo(A.id());
            assertThat(sealed.toString() + new String(Base64.getDecoder().decode(sealed.ciphertext()),
                    StandardCharsets.ISO_8859_1)).doesNotContain(VALUE).doesNotContain("agent@acme");
        }
    }

    @Test
    void eachEncryptionTakesAFreshTwelveByteNonce() {
        CredentialCipher cipher = cipher(A);
        Set<String> nonces = new HashSet<>();
        Set<String> ciphertexts = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            SealedCredential sealed = cipher.seal(TENANT, "crm", new RouteCredential.Bearer(VALUE));
            assertThat(Base64.getDecoder().decode(sealed.nonce())).hasSize(12);
            nonces.add(sealed.nonce());
            ciphertexts.add(sealed.ciphertext());
        }
        assertThat(nonces).hasSize(200);
        assertThat(ciphertexts).hasSize(200);
    }

    @Test
    void aCiphertextOpensOnlyForItsOwnTenantPrefixTypeAndName() {
        CredentialCipher cipher = cipher(A);
        SealedCredential sealed = cipher.seal(TENANT, "crm", new RouteCredential.Header("X-Api-Key", VALUE));

        assertUnreadable(() -> cipher.open(UUID.randomUUID(), "crm", "header", "X-Api-Key", sealed));
        assertUnreadable(() -> cipher.open(TENANT, "crm2", "header", "X-Api-Key", sealed));
        assertUnreadable(() -> cipher.open(TENANT, "crm", "query", "X-Api-Key", sealed));
        assertUnreadable(() -> cipher.open(TENANT, "crm", "header", "X-Other-Key", sealed));
        assertUnreadable(() -> cipher.open(TENANT, "crm", "bearer", null, sealed));
    }

    @Test
    void aChangedCiphertextOrNonceDoesNotOpen() {
        CredentialCipher cipher = cipher(A);
        SealedCredential sealed = cipher.seal(TENANT, "crm", new RouteCredential.Bearer(VALUE));
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[0] ^= 1;
        byte[] nonce = Base64.getDecoder().decode(sealed.nonce());
        nonce[11] ^= (byte) 0x80;

        assertUnreadable(() -> cipher.open(TENANT, "crm", "bearer", null, new SealedCredential(
                Base64.getEncoder().encodeToString(bytes), sealed.nonce(), sealed.keyId())));
        assertUnreadable(() -> cipher.open(TENANT, "crm", "bearer", null, new SealedCredential(
                sealed.ciphertext(), Base64.getEncoder().encodeToString(nonce), sealed.keyId())));
        assertUnreadable(() -> cipher.open(TENANT, "crm", "bearer", null, new SealedCredential(
                "not base64 !", sealed.nonce(), sealed.keyId())));
        assertUnreadable(() -> cipher.open(TENANT, "crm", "bearer", null, new SealedCredential(
                sealed.ciphertext(), "AAAA", sealed.keyId())));
    }

    @Test
    void aKeyTheGatewayDoesNotHaveDoesNotOpenAndIsNotMistakenForAnother() {
        SealedCredential sealedWithB = cipher(B).seal(TENANT, "crm", new RouteCredential.Bearer(VALUE));
        SealedCredential claimingA = new SealedCredential(sealedWithB.ciphertext(), sealedWithB.nonce(), A.id());

        assertThatThrownBy(() -> cipher(A).open(TENANT, "crm", "bearer", null, sealedWithB))
                .isInstanceOf(CredentialUnreadable.class).hasMessageContaining("crm")
                .hasMessageContaining("master key this gateway does not have");
        assertUnreadable(() -> cipher(A).open(TENANT, "crm", "bearer", null, claimingA));
    }

    @Test
    void aRetiredKeyStillOpensAndResealingMovesTheCredentialToTheCurrentKey() {
        SealedCredential old = cipher(A).seal(TENANT, "crm", new RouteCredential.Query("key", VALUE));
        CredentialCipher rotated = cipher(B, A);

        SealedCredential resealed = rotated.reseal(TENANT, "crm", "query", "key", old);

        assertThat(resealed.keyId()).isEqualTo(B.id());
        assertThat(resealed.nonce()).isNotEqualTo(old.nonce());
        assertThat(cipher(B).open(TENANT, "crm", "query", "key", resealed))
                .isEqualTo(new RouteCredential.Query("key", VALUE));
        assertUnreadable(() -> cipher(A).open(TENANT, "crm", "query", "key", resealed));
    }

    @Test
    void withoutACurrentKeyNothingIsSealed() {
        CredentialCipher none = new CredentialCipher(new MasterKeyring(null, List.of()));

        assertThat(none.canSeal()).isFalse();
        assertThatThrownBy(() -> none.seal(TENANT, "crm", new RouteCredential.Bearer(VALUE)))
                .isInstanceOfSatisfying(ApiException.class, e ->
                        assertThat(e.code()).isEqualTo(ErrorCode.MASTER_KEY_MISSING))
                .hasMessageNotContaining(VALUE);
        assertThatThrownBy(none::requireMasterKey).isInstanceOf(ApiException.class);
    }

    @Test
    void noCredentialShowsItsSecretInToString() {
        List<RouteCredential> credentials = List.of(new RouteCredential.Header("X-Api-Key", VALUE),
                new RouteCredential.Query("api_key", VALUE), new RouteCredential.Bearer(VALUE),
                new RouteCredential.Basic("agent-user", VALUE));
        for (RouteCredential credential : credentials) {
            assertThat(credential.toString()).doesNotContain(VALUE).doesNotContain("agent-user");
            assertThat(new RouteDraft("crm", "https://api.example.com", credential, Set.of("GET"), "production",
                    Platform.CUSTOM, 100, 100).toString()).doesNotContain(VALUE);
        }
        assertThat(A.toString()).isEqualTo("MasterKey[" + A.id() + "]");
    }

    private static void assertUnreadable(org.assertj.core.api.ThrowableAssert.ThrowingCallable open) {
        assertThatThrownBy(open).isInstanceOf(CredentialUnreadable.class).hasMessageContaining("inbound route")
                .hasMessageNotContaining(VALUE).hasNoCause();
    }
}
