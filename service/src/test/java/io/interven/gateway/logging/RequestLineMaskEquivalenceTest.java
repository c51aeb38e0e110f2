package io.interven.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The request log's masks are read by hand; they answer as the regular expressions they replaced (kept here as the
 * reference) on request log lines and on random text made of the pieces those expressions look for.
 */
class RequestLineMaskEquivalenceTest {
    private static final List<String> PIECES = List.of("\"", "\"", "\"", " ", " ", "  ", "GET", "POST", "get", "GE",
            "PROPFINDXYZ", "DELETE", "/", "/", "//", "/v1/scan", "/inbound/github/repos/", "?", "?a=b", "&", "#",
            "HTTP/1.1", "HTTP/", "HTTP/2", "HTTP/1.", "http", "https://", "://", "h2c+x.y-z://", "abcdefghijklmnop://",
            "a1234567890123456://", "app.example.com", "x", "v1", "1.2.3-rc1", "123", "123456789", "12345678",
            "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", "3f2a9c1b-0d4e-4f6a-9b8c-7d6e5f4a3b2c",
            "3F2A9C1B-0D4E-4F6A-9B8C-7D6E5F4A3B2C", "3f2a9c1b-0d4e-4f6a-9b8c-7d6e5f4a3b2", "AKIAZ7QW3RT5YU2IOP4K",
            "abcdefghijklmnop", "0123456789012345", "a_b+c=d-e1234567", "%20", "@", "é", "\n", "\t", "-", ".", "_",
            "=", "+", "[", "]", "(", ")", ",", "'", "inbound-routes", "a".repeat(64), "a".repeat(65), "Zz9");

    @Test
    void requestLogLinesAreMaskedAsTheExpressionsDid() {
        String[] lines = {
            "127.0.0.1 - - [07/Dec/2026:13:07:17 +0000] \"POST /v1/scan HTTP/1.1\" 200 360 \"-\" \"wrk\" 12\n",
            "10.0.0.2 - - [07/Dec/2026:13:07:17 +0000] \"GET /inbound/leak/x?token="
                + "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 HTTP/1.1\" 401 99 \"https://app.example.com/cb/"
                + "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?code=x\""
                + " \"agent/1.0 AKIAZ7QW3RT5YU2IOP4K\" 3\n",
            "1.2.3.4 - - [x] \"DELETE /v1/admin/keys/3f2a9c1b-0d4e-4f6a-9b8c-7d6e5f4a3b2c HTTP/2\" 204 0 \"-\" \"-\""
                + " 1\n",
        };
        for (String line : lines) {
            assertThat(RequestLineMask.mask(line)).isEqualTo(Reference.mask(line));
        }
    }

    @Test
    void randomTextIsMaskedAsTheExpressionsDid() {
        Random random = new Random(20261207);
        for (int trial = 0; trial < 200_000; trial++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String line = text.toString();
            assertThat(RequestLineMask.mask(line)).as(line).isEqualTo(Reference.mask(line));
            assertThat(TokenRuns.masked(line, "***")).as(line).isEqualTo(Reference.tokenRuns(line));
            assertThat(RequestLineMask.target(line)).as(line).isEqualTo(Reference.target(line));
        }
    }

    /** The expressions the masks were written with. */
    private static final class Reference {
        private static final Pattern REQUEST_LINE = Pattern.compile("\"([A-Z]{3,10}+) ([^ \"]++) (HTTP/[0-9.]++)\"");
        private static final Pattern QUOTED_URL =
                Pattern.compile("\"([A-Za-z][A-Za-z0-9+.-]{0,15}+://[^/\"? ]*+)([^\" ]*+)\"");
        private static final Pattern NUMBER = Pattern.compile("[0-9]{1,8}+");
        private static final Pattern WORD = Pattern.compile("[A-Za-z._-]{1,64}+");
        private static final Pattern SHORT = Pattern.compile("[A-Za-z0-9._-]{1,11}+");
        private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
        private static final Pattern RUN = Pattern.compile("[A-Za-z0-9_+=-]{16,}+");
        private static final Pattern UUID = Pattern.compile(
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        static String mask(String line) {
            String masked = replace(REQUEST_LINE, line,
                    m -> "\"" + m.group(1) + " " + target(m.group(2)) + " " + m.group(3) + "\"");
            masked = replace(QUOTED_URL, masked, m -> "\"" + m.group(1) + target(m.group(2)) + "\"");
            return tokenRuns(masked);
        }

        static String target(String target) {
            int query = target.indexOf('?');
            String path = query < 0 ? target : target.substring(0, query);
            StringBuilder out = new StringBuilder();
            int start = 0;
            while (start <= path.length()) {
                int slash = path.indexOf('/', start);
                int end = slash < 0 ? path.length() : slash;
                String segment = path.substring(start, end);
                boolean plain = segment.isEmpty() || WORD.matcher(segment).matches()
                        || NUMBER.matcher(segment).matches()
                        || SHORT.matcher(segment).matches() && LETTER.matcher(segment).find()
                        || UUID.matcher(segment).matches();
                out.append(plain ? segment : "***");
                if (slash < 0) {
                    break;
                }
                out.append('/');
                start = slash + 1;
            }
            return query < 0 ? out.toString() : out.append("?***").toString();
        }

        static String tokenRuns(String text) {
            Matcher matcher = RUN.matcher(text);
            StringBuilder out = null;
            int copied = 0;
            while (matcher.find()) {
                String run = matcher.group();
                boolean letter = run.chars().anyMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
                boolean digit = run.chars().anyMatch(c -> c >= '0' && c <= '9');
                if (letter && digit && !UUID.matcher(run).matches()) {
                    out = out == null ? new StringBuilder() : out;
                    out.append(text, copied, matcher.start()).append("***");
                    copied = matcher.end();
                }
            }
            return out == null ? text : out.append(text, copied, text.length()).toString();
        }

        private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
            Matcher matcher = pattern.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
            }
            matcher.appendTail(out);
            return out.toString();
        }
    }
}
