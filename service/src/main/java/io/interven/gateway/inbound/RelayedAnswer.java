package io.interven.gateway.inbound;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upstream's answer body, copied to the caller as it arrives (never held whole), and reported once complete: the
 * bytes its tee kept are classified as a {@code /v1/scan/response} report would be ({@link AnswerReport}). An answer
 * that breaks off, or stalls longer than the route's response timeout between two reads, is given up (the caller's
 * connection ends without the rest) and not reported: what was kept may be any part of a whole the gateway never
 * saw.
 */
final class RelayedAnswer implements StreamingOutput {
    private static final Logger LOG = LoggerFactory.getLogger(RelayedAnswer.class);
    private static final int BUFFER = 16 * 1024;

    private final UpstreamAnswer answer;
    private final AnswerReport report;
    private final Duration stallTimeout;

    /** @param stallTimeout the longest one read of the answer may wait for bytes ({@link StallWatch}) */
    RelayedAnswer(UpstreamAnswer answer, AnswerReport report, Duration stallTimeout) {
        this.answer = answer;
        this.report = report;
        this.stallTimeout = stallTimeout;
    }

    /**
     * Hands what arrived on at once (event streams, long answers); false when the caller has gone (hung up), which is
     * an ordinary end of the relay: logged in one line, the rest of the answer left unread.
     */
    private static boolean relay(OutputStream out, byte[] buffer, int length) {
        try {
            out.write(buffer, 0, length);
            out.flush();
            return true;
        } catch (IOException gone) {
            LOG.info("the caller hung up during a proxied answer ({})", gone.getClass().getSimpleName());
            return false;
        }
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (UpstreamAnswer closing = answer) {
            UpstreamBody body = closing.body();
            StallWatch watch = new StallWatch(stallTimeout, body);
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = watch.read(() -> body.read(buffer))) != -1) {
                if (!relay(out, buffer, n)) {
                    return;
                }
            }
            if (body.complete()) {
                out.close();                // the caller has the whole answer before it is classified
                report.of(closing.status(), closing.headers(), body.kept(), body.truncated());
            }
        }
    }
}
