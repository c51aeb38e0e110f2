package io.interven.gateway.core;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * New trace ids: version 7 UUIDs (RFC 9562), the creation time in milliseconds in their first 48 bits, then 74
 * random bits from a {@link SecureRandom}: a DRBG of each thread's own (the platform's default generator on Linux
 * serializes every caller of every instance on one lock around {@code /dev/urandom}, which scanning threads then
 * queued on). A trace id is as hard to guess as before within its millisecond, and a
 * trace's time is no secret (the trace shows it). Ids that grow with time keep the traces' primary-key index
 * appending at its end: with random (version 4) ids every insert lands on another page of the index, and on H2
 * each background write rewrites all those pages, so a busy gateway's throughput fell by two thirds within minutes
 * as the table grew.
 */
public final class TraceIds {
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(TraceIds::generator);
    private static final TraceIds SYSTEM = new TraceIds(System::currentTimeMillis);

    private final LongSupplier millis;

    TraceIds(LongSupplier millis) {
        this.millis = millis;
    }

    /** A new trace id, now. */
    public static UUID next() {
        return SYSTEM.nextId();
    }

    UUID nextId() {
        byte[] random = new byte[10];
        RANDOM.get().nextBytes(random);
        long time = millis.getAsLong() & 0xFFFF_FFFF_FFFFL;
        long randA = ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long most = (time << 16) | 0x7000L | randA;
        long randB = 0;
        for (int i = 2; i < 10; i++) {
            randB = (randB << 8) | (random[i] & 0xFFL);
        }
        long least = (randB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(most, least);
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException notOnThisPlatform) {
            return new SecureRandom();
        }
    }
}
