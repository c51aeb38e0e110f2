package io.interven.plugin.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A bare PEM body (the base64 between armour lines, the armour lost or cut off) must decode to the start of a private
 * key: {@code openssh-key-v1} followed by a zero byte (OpenSSH), or a DER {@code SEQUENCE} whose first element says
 * private key:
 * <ul>
 *   <li>{@code INTEGER 0} then an {@code INTEGER}: PKCS#1 RSA or DSA ({@code MIIEpAIBAAKCAQEA...});</li>
 *   <li>{@code INTEGER 0|1} then a {@code SEQUENCE}: PKCS#8 PrivateKeyInfo / OneAsymmetricKey
 *       ({@code MIIEvQIBADANBgkqhkiG9w0BAQEFAASC...}, Ed25519 {@code MC4CAQAwBQYDK2VwBCIEI...});</li>
 *   <li>{@code INTEGER 1} then an {@code OCTET STRING}: an EC private key, RFC 5915 ({@code MHcCAQEEI...});</li>
 *   <li>a {@code SEQUENCE} holding the OID of PBES2 or of a PKCS#12 PBE scheme: an encrypted PKCS#8 key.</li>
 * </ul>
 * Public keys (SubjectPublicKeyInfo: a {@code SEQUENCE} with {@code rsaEncryption} and a {@code BIT STRING}),
 * certificates and PKCS#1 public keys ({@code INTEGER} modulus first) do not pass. At least
 * {@value #MIN_BASE64_CHARS} base64 characters are required (the smallest key, Ed25519 in PKCS#8, has 64).
 */
final class DerPrivateKeyCheck implements SecretValidator {
    static final int MIN_BASE64_CHARS = 64;
    private static final int HEADER_CHARS = 64;
    private static final byte SEQUENCE = 0x30;
    private static final byte INTEGER = 0x02;
    private static final byte OCTET_STRING = 0x04;
    private static final byte OID = 0x06;
    private static final byte[] OPENSSH = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
    /** 1.2.840.113549.1.5.13 (PBES2), DER-encoded with its tag and length. */
    private static final byte[] PBES2 = {OID, 9, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 1, 5, 13};
    /** 1.2.840.113549.1.12.1 (PKCS#12 PBE schemes), the prefix of each scheme's OID. */
    private static final byte[] PKCS12_PBE = {OID, 10, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 1, 12, 1};

    @Override
    public boolean isValid(String body) {
        String base64 = WrappedBase64.unwrapped(body).replace("=", "");
        if (base64.length() < MIN_BASE64_CHARS) {
            return false;
        }
        byte[] head;
        try {
            head = Base64.getDecoder().decode(base64.substring(0, HEADER_CHARS));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return startsWith(head, 0, OPENSSH) || isDerPrivateKey(head);
    }

    private static boolean isDerPrivateKey(byte[] der) {
        if (der[0] != SEQUENCE) {
            return false;
        }
        int at = afterLength(der, 1);
        if (at < 0 || at + 4 > der.length) {
            return false;
        }
        if (der[at] == INTEGER && der[at + 1] == 1) {
            byte version = der[at + 2];
            byte next = der[at + 3];
            return version == 0 && (next == INTEGER || next == SEQUENCE)
                    || version == 1 && (next == SEQUENCE || next == OCTET_STRING);
        }
        if (der[at] == SEQUENCE) {
            int inner = afterLength(der, at + 1);
            return inner > 0 && (startsWith(der, inner, PBES2) || startsWith(der, inner, PKCS12_PBE));
        }
        return false;
    }

    /** Where the content starts after the DER length at {@code at}, or -1 for lengths keys do not have. */
    private static int afterLength(byte[] der, int at) {
        if (at >= der.length) {
            return -1;
        }
        int first = der[at] & 0xff;
        if (first < 0x80) {
            return at + 1;
        }
        int octets = first & 0x7f;
        return octets >= 1 && octets <= 2 ? at + 1 + octets : -1;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        return at >= 0 && at + prefix.length <= bytes.length
                && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
