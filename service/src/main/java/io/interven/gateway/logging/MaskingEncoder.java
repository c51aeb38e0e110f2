package io.interven.gateway.logging;

import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * Wraps an appender's encoder (application log events or request log events) and masks credentials
 * ({@link CredentialMask}) in every byte it produces, whatever the layout printed: message, arguments, exception
 * text, MDC; and what a caller wrote into a line ({@link RequestLineMask}): queries and long tokens in the
 * application log, also path segments in the request log. Bytes are
 * read as ISO-8859-1 (one char per byte) so that text in any encoding passes through unchanged except for the
 * masked ASCII spans.
 */
public final class MaskingEncoder<E> extends EncoderBase<E> {
    private final Encoder<E> delegate;
    private final UnaryOperator<String> masks;

    /** Masks credentials, and the queries and long tokens callers wrote, in the application log's events. */
    public MaskingEncoder(Encoder<E> delegate) {
        this(delegate, text -> RequestLineMask.maskCallerValues(CredentialMask.mask(text)));
    }

    private MaskingEncoder(Encoder<E> delegate, UnaryOperator<String> masks) {
        this.delegate = delegate;
        this.masks = masks;
    }

    /** Masks credentials and what the caller wrote ({@link RequestLineMask}) in the request log's lines. */
    public static <E> MaskingEncoder<E> forRequestLog(Encoder<E> delegate) {
        return new MaskingEncoder<>(delegate, text -> RequestLineMask.mask(CredentialMask.mask(text)));
    }

    Encoder<E> delegate() {
        return delegate;
    }

    @Override
    public byte[] headerBytes() {
        return mask(delegate.headerBytes());
    }

    @Override
    public byte[] encode(E event) {
        return mask(delegate.encode(event));
    }

    @Override
    public byte[] footerBytes() {
        return mask(delegate.footerBytes());
    }

    @Override
    public void start() {
        if (!delegate.isStarted()) {
            delegate.start();
        }
        super.start();
    }

    private byte[] mask(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String masked = masks.apply(text);
        return masked.equals(text) ? bytes : masked.getBytes(StandardCharsets.ISO_8859_1);
    }
}
