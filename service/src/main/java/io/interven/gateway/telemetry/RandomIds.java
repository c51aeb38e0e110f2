package io.interven.gateway.telemetry;

import java.util.concurrent.ThreadLocalRandom;

/** New W3C ids, random and never all zeros: a trace id of 16 bytes, a span id of 8, as lower-case hex. */
final class RandomIds {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private RandomIds() {
    }

    static String traceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high;
        long low;
        do {
            high = random.nextLong();
            low = random.nextLong();
        } while (high == 0 && low == 0);
        return hex(high) + hex(low);
    }

    static String spanId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long id;
        do {
            id = random.nextLong();
        } while (id == 0);
        return hex(id);
    }

    private static String hex(long value) {
        char[] chars = new char[16];
        for (int i = 15; i >= 0; i--) {
            chars[i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
        return new String(chars);
    }
}
