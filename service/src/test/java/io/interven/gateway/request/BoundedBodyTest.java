package io.interven.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Random;
import java.util.Set;
import org.eclipse.jetty.http.BadMessageException;
import org.junit.jupiter.api.Test;

/**
 * A body is read whole and exactly, however it arrives (in pieces of any size, announced as already there or not), up
 * to its limit and never past it, whatever the stream claims is available and whatever length the request declares.
 */
class BoundedBodyTest {

    /** A body handed out in random pieces, claiming {@code available} bytes are already there. */
    private static final class PiecesStream extends InputStream {
        private final byte[] body;
        private final Random random;
        private final int available;
        private int at;
        int largestRead;
        /** The arrays read into, by identity. */
        final Set<byte[]> arrays = Collections.newSetFromMap(new IdentityHashMap<>());

        PiecesStream(byte[] body, Random random, int available) {
            this.body = body;
            this.random = random;
            this.available = available;
        }

        @Override
        public int read() {
            return at < body.length ? body[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            largestRead = Math.max(largestRead, offset + length);
            arrays.add(into);
            if (at == body.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, body.length - at), 1 + random.nextInt(3_000));
            System.arraycopy(body, at, into, offset, n);
            at += n;
            return n;
        }

        @Override
        public int available() {
            return available;
        }
    }

    @Test
    void everyBodyUpToTheLimitIsReadExactlyHoweverItArrives() {
        Random random = new Random(7);
        int limit = 40_000;
        for (int round = 0; round < 500; round++) {
            int size = switch (round % 5) {
                case 0 -> random.nextInt(600);
                case 1 -> 511 + random.nextInt(3); // around the first array's size
                case 2 -> limit - random.nextInt(3); // at the limit
                default -> random.nextInt(limit + 1);
            };
            byte[] body = new byte[size];
            random.nextBytes(body);
            int available = switch (round % 3) {
                case 0 -> 0;
                case 1 -> size;
                default -> random.nextInt(Integer.MAX_VALUE);
            };

            assertThat(BoundedBody.read(new PiecesStream(body, random, available), limit)).as("round %d", round)
                    .isEqualTo(body);
        }
    }

    @Test
    void aBodyThatArrivesAsDeclaredIsReadIntoOneArrayAndAnsweredAsItIs() {
        Random random = new Random(13);
        int limit = 40_000;
        for (int round = 0; round < 300; round++) {
            int size = round % 3 == 0 ? random.nextInt(600) : random.nextInt(limit + 1);
            byte[] body = new byte[size];
            random.nextBytes(body);
            boolean declared = round % 2 == 0; // or not declared, but all there already
            PiecesStream stream = new PiecesStream(body, random, declared ? 0 : size);

            byte[] read = BoundedBody.read(stream, limit, BodyPace.NONE,
                    declared ? size : BoundedBody.LENGTH_NOT_DECLARED);

            assertThat(read).as("round %d", round).isEqualTo(body);
            if (size >= 512) { // smaller bodies are read into the smallest first array, then cut to size
                assertThat(stream.arrays).as("round %d", round).hasSize(1);
                assertThat(read).as("round %d: the array read into", round).isSameAs(stream.arrays.iterator().next());
            }
        }
    }

    @Test
    void aDeclaredLengthThatLiesChangesNothingButTheFirstArraysSize() {
        Random random = new Random(17);
        int limit = 1_000_000;
        for (int round = 0; round < 200; round++) {
            int size = round % 4 == 0 ? random.nextInt(100) : random.nextInt(limit + 1);
            byte[] body = new byte[size];
            random.nextBytes(body);
            long declared = switch (round % 5) {
                case 0 -> 0;
                case 1 -> size / 2;
                case 2 -> size + 1 + random.nextInt(1_000);
                case 3 -> limit * 10L;
                default -> Long.MAX_VALUE;
            };
            PiecesStream stream = new PiecesStream(body, random, 0);

            assertThat(BoundedBody.read(stream, limit, BodyPace.NONE, declared)).as("round %d", round).isEqualTo(body);
            if (size < 100) { // a client that declares more than it sends makes the gateway hold at most this
                assertThat(stream.largestRead).as("round %d, declared %d", round, declared)
                        .isLessThanOrEqualTo(BoundedBody.LARGEST_DECLARED_ARRAY);
            }
        }
        for (long declared : new long[] {0, limit, limit + 1L, Long.MAX_VALUE}) {
            PiecesStream over = new PiecesStream(new byte[limit + 1], random, 0);

            assertThatThrownBy(() -> BoundedBody.read(over, limit, BodyPace.NONE, declared))
                    .isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE));
            assertThat(over.largestRead).as("declared %d", declared).isLessThanOrEqualTo(limit + 1);
        }
    }

    @Test
    void aBodyOneByteOverTheLimitIsRefusedAndNothingLargerIsAllocatedForIt() {
        Random random = new Random(11);
        int limit = 10_000;
        for (int available : new int[] {0, limit, Integer.MAX_VALUE - 1, Integer.MAX_VALUE}) {
            PiecesStream stream = new PiecesStream(new byte[limit * 3], random, available);

            assertThatThrownBy(() -> BoundedBody.read(stream, limit))
                    .isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE));
            assertThat(stream.largestRead).as("the array read into, available %d", available)
                    .isLessThanOrEqualTo(limit + 1);
        }
    }

    @Test
    void anEmptyBodyIsEmptyAndABrokenOneAnswers400() {
        assertThat(BoundedBody.read(InputStream.nullInputStream(), 100)).isEmpty();
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("reset by peer");
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                throw new IOException("reset by peer");
            }
        };

        assertThatThrownBy(() -> BoundedBody.read(broken, 100)).isInstanceOfSatisfying(BadMessageException.class,
                e -> assertThat(e.getCode()).isEqualTo(400));
    }
}
