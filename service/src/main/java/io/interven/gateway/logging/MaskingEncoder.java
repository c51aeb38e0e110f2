package io.interven.gateway.logging;

import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;

/**
 * Wraps an appender's encoder (application log events or request log events) and masks credentials ({@link CredentialMask}) in every byte it produces, whatever
 * the layout printed: message, arguments, exception text, MDC. Bytes are read as ISO-8859-1 (one char per byte)
 * so that text in any encoding passes through unchanged except for the masked ASCII spans.
 */
public final class MaskingEncoder<E> extends EncoderBase<E> {
    private final Encoder<E> delegate;

    public MaskingEncoder(Encoder<E> delegate) {
        this.delegate = delegate;
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

    private static byte[] mask(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String masked = CredentialMask.mask(text);
        return masked.equals(text) ? bytes : masked.getBytes(StandardCharsets.ISO_8859_1);
    }
}
