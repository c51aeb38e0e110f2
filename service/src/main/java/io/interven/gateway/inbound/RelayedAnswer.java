package io.interven.gateway.inbound;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The upstream's answer body, copied to the caller as it arrives (never held whole), and reported once complete: the
 * bytes its tee kept are classified as a {@code /v1/scan/response} report would be ({@link AnswerReport}). An answer
 * that breaks off is not reported: what was kept may be any part of a whole the gateway never saw.
 */
final class RelayedAnswer implements StreamingOutput {
    private static final int BUFFER = 16 * 1024;

    private final UpstreamAnswer answer;
    private final AnswerReport report;

    RelayedAnswer(UpstreamAnswer answer, AnswerReport report) {
        this.answer = answer;
        this.report = report;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (UpstreamAnswer closing = answer) {
            UpstreamBody body = closing.body();
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = body.read(buffer)) != -1) {
                out.write(buffer, 0, n);
            }
            out.flush();
            if (body.complete()) {
                report.of(closing.status(), closing.headers(), body.kept(), body.truncated());
            }
        }
    }
}
