package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Private keys generated at test time (RSA PKCS#1 and PKCS#8, EC and Ed25519 PKCS#8), each written with
 * upper-case, lower-case and mangled armour, without armour, and wrapped with LF, CRLF, blanks or not at all: every
 * variant yields a PRIVATE_KEY finding that covers the whole key body.
 */
class PrivateKeyVariantsTest {
    private static final SecretsDetector DETECTOR = new SecretsDetector(BuiltInSecretRules.load());

    @Test
    void findsEveryKeyInEveryWriting() throws Exception {
        List<String[]> keys = new ArrayList<>(); // {label, base64 body}
        for (int bits : new int[] {1024, 2048}) {
            byte[] pkcs8 = generate("RSA", bits, null);
            keys.add(new String[] {"RSA", b64(innerKey(pkcs8))});
            keys.add(new String[] {"", b64(pkcs8)});
        }
        for (String curve : new String[] {"secp256r1", "secp384r1"}) {
            // The JDK writes SEC1 keys without their public key, shorter than any key in use: PKCS#8 only.
            keys.add(new String[] {"", b64(generate("EC", 0, curve))});
        }
        keys.add(new String[] {"", b64(generate("Ed25519", 0, null))});
        int variants = 0;
        for (String[] key : keys) {
            String label = key[0].isEmpty() ? "" : key[0] + " ";
            for (String wrap : new String[] {"\n", "\r\n", " ", ""}) {
                String body = wrapped(key[1], wrap);
                for (String[] armour : armours(label)) {
                    String text = "here it is: " + armour[0] + wrap + body + wrap + armour[1] + "\nthanks";
                    assertCovered(text, body);
                    variants++;
                }
                assertCovered("key: " + body + "\n\nthanks for the help", body);
                variants++;
            }
        }
        assertThat(variants).isGreaterThan(100);
    }

    private static List<String[]> armours(String label) {
        String begin = "-----BEGIN " + label + "PRIVATE KEY-----";
        String end = "-----END " + label + "PRIVATE KEY-----";
        return List.of(new String[] {begin, end},
                new String[] {begin.toLowerCase(Locale.ROOT), end.toLowerCase(Locale.ROOT)},
                new String[] {"----- Begin " + label.toLowerCase(Locale.ROOT) + "Private Key -----",
                    "----- End " + label.toLowerCase(Locale.ROOT) + "Private Key -----"},
                new String[] {begin, ""});
    }

    private static void assertCovered(String text, String body) {
        int start = text.indexOf(body);
        int end = start + body.length();
        List<Finding> findings = DETECTOR.detect(new ScanField("$.note", FieldLocation.BODY, "note", text));
        assertThat(findings).as(text)
                .anySatisfy(f -> {
                    assertThat(f.entityType()).isEqualTo("PRIVATE_KEY");
                    assertThat(f.start()).isLessThanOrEqualTo(start);
                    assertThat(f.end()).isGreaterThanOrEqualTo(end);
                });
    }

    private static byte[] generate(String algorithm, int bits, String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        if (bits > 0) {
            generator.initialize(bits);
        } else if (curve != null) {
            generator.initialize(new ECGenParameterSpec(curve));
        }
        return generator.generateKeyPair().getPrivate().getEncoded();
    }

    /** The key inside a PKCS#8 PrivateKeyInfo (PKCS#1 for RSA, SEC1 for EC): the OCTET STRING after the algorithm. */
    private static byte[] innerKey(byte[] pkcs8) {
        int at = contentStart(pkcs8, 0); // outer SEQUENCE
        at += 3; // INTEGER 0
        at = contentStart(pkcs8, at) + length(pkcs8, at); // skip AlgorithmIdentifier
        int content = contentStart(pkcs8, at);
        return Arrays.copyOfRange(pkcs8, content, content + length(pkcs8, at));
    }

    private static int contentStart(byte[] der, int at) {
        int first = der[at + 1] & 0xff;
        return at + 2 + (first < 0x80 ? 0 : first & 0x7f);
    }

    private static int length(byte[] der, int at) {
        int first = der[at + 1] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            length = (length << 8) | (der[at + 2 + i] & 0xff);
        }
        return length;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String wrapped(String base64, String wrap) {
        if (wrap.isEmpty()) {
            return base64;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < base64.length(); i += 64) {
            if (i > 0) {
                out.append(wrap);
            }
            out.append(base64, i, Math.min(base64.length(), i + 64));
        }
        return out.toString();
    }
}
