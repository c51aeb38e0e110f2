package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a prose text that may be base64 or hex written inside it ("the config is eyJ0b2tlbi... thanks"):
 * maximal runs of base64 characters at least {@link EncodedText#MIN_LENGTH} long. A run continues over a line
 * break when its line so far is exactly 64 or 76 characters, the widths base64 is wrapped at. One pass.
 */
final class EncodedRuns {
    private EncodedRuns() {
    }

    record Run(int start, int end) {
    }

    static List<Run> in(String text) {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        int lineStart = -1;
        int i = 0;
        while (i <= text.length()) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (isBase64Char(c)) {
                if (start < 0) {
                    start = i;
                    lineStart = i;
                }
                i++;
                continue;
            }
            if (start >= 0) {
                int breakLength = c == '\n' ? 1 : c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 0;
                int lineLength = i - lineStart;
                if (breakLength > 0 && (lineLength == 64 || lineLength == 76) && i + breakLength < text.length()
                        && isBase64Char(text.charAt(i + breakLength))) {
                    i += breakLength;
                    lineStart = i;
                    continue;
                }
                if (i - start >= EncodedText.MIN_LENGTH) {
                    runs.add(new Run(start, i));
                }
                start = -1;
            }
            i++;
        }
        return runs;
    }

    private static boolean isBase64Char(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
                || c == '=' || c == '-' || c == '_';
    }
}
