package io.interven.gateway.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Wraps an appender's encoder (application log events or request log events) and masks credentials
 * ({@link CredentialMask}) in every byte it produces, whatever the layout printed: message, arguments, exception
 * text, MDC; and what a caller wrote into a line ({@link RequestLineMask}): in the request log its target, headers
 * and tokens, in the application log the queries and long tokens of the lines of the HTTP server and the REST layer
 * ({@link #PRINTING_REQUESTS}), which at DEBUG or TRACE print requests as they came (the gateway's own lines never
 * quote a caller). Bytes are read as ISO-8859-1 (one char per byte) so that text in any encoding passes through
 * unchanged except for the masked ASCII spans.
 */
public final class MaskingEncoder<E> extends EncoderBase<E> {
    /** The loggers that print requests as they came: Jetty's and Jersey's (and Dropwizard's wrappers of them). */
    static final List<String> PRINTING_REQUESTS = List.of("org.eclipse.jetty.", "org.glassfish.jersey.",
            "io.dropwizard.jetty.", "io.dropwizard.jersey.");

    private final Encoder<E> delegate;
    private final boolean requestLog;

    /** Masks credentials in the application log's events, and callers' values in {@link #PRINTING_REQUESTS}'. */
    public MaskingEncoder(Encoder<E> delegate) {
        this(delegate, false);
    }

    private MaskingEncoder(Encoder<E> delegate, boolean requestLog) {
        this.delegate = delegate;
        this.requestLog = requestLog;
    }

    /** Masks credentials and what the caller wrote ({@link RequestLineMask}) in the request log's lines. */
    public static <E> MaskingEncoder<E> forRequestLog(Encoder<E> delegate) {
        return new MaskingEncoder<>(delegate, true);
    }

    Encoder<E> delegate() {
        return delegate;
    }

    @Override
    public byte[] headerBytes() {
        return mask(delegate.headerBytes(), CREDENTIALS);
    }

    @Override
    public byte[] encode(E event) {
        return mask(delegate.encode(event), masksFor(event));
    }

    @Override
    public byte[] footerBytes() {
        return mask(delegate.footerBytes(), CREDENTIALS);
    }

    private static final UnaryOperator<String> REQUEST_LOG = text -> RequestLineMask.mask(CredentialMask.mask(text));
    private static final UnaryOperator<String> REQUESTS_PRINTED =
            text -> RequestLineMask.maskCallerValues(CredentialMask.mask(text));
    private static final UnaryOperator<String> CREDENTIALS = CredentialMask::mask;

    private UnaryOperator<String> masksFor(E event) {
        if (requestLog) {
            return REQUEST_LOG;
        }
        return event instanceof ILoggingEvent logged && printsRequests(logged.getLoggerName()) ? REQUESTS_PRINTED
                : CREDENTIALS;
    }

    static boolean printsRequests(String loggerName) {
        if (loggerName == null) {
            return false;
        }
        for (String prefix : PRINTING_REQUESTS) {
            if (loggerName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void start() {
        if (!delegate.isStarted()) {
            delegate.start();
        }
        super.start();
    }

    private static byte[] mask(byte[] bytes, UnaryOperator<String> masks) {
        if (bytes == null || bytes.length == 0) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String masked = masks.apply(text);
        return masked.equals(text) ? bytes : masked.getBytes(StandardCharsets.ISO_8859_1);
    }
}
