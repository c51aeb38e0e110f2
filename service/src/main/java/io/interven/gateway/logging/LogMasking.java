package io.interven.gateway.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.spi.AppenderAttachable;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;
import org.eclipse.jetty.server.Server;
import org.slf4j.LoggerFactory;

/**
 * Puts a {@link MaskingEncoder} in front of every appender of the logging configuration (console, file, rolling
 * file, also inside the asynchronous wrappers Dropwizard adds) and of the request log, so that no log level of any
 * logger (Jetty and Jersey at DEBUG or TRACE included) writes an {@code Authorization} value or an API key, and no
 * request log line holds a query, a path segment or a header value in which a caller could have sent a secret
 * ({@link RequestLineMask}).
 */
public final class LogMasking {
    private LogMasking() {
    }

    /** Masks every appender of the application log; run once logging is configured. Answers how many it masks. */
    public static int installOnEveryAppender() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return 0;
        }
        Set<Object> masked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Logger logger : context.getLoggerList()) {
            wrap(logger, masked, Collections.newSetFromMap(new IdentityHashMap<>()), false);
        }
        return masked.size();
    }

    /** Masks the appenders of the server's request log (logback-access), once they are configured. */
    public static int installOnRequestLog(Server server) {
        Set<Object> masked = Collections.newSetFromMap(new IdentityHashMap<>());
        if (server.getRequestLog() instanceof AppenderAttachable<?> attachable) {
            wrap(attachable, masked, Collections.newSetFromMap(new IdentityHashMap<>()), true);
        }
        return masked.size();
    }

    private static <E> void wrap(AppenderAttachable<E> attachable, Set<Object> masked, Set<Object> seen,
                                 boolean requestLog) {
        for (Iterator<Appender<E>> it = attachable.iteratorForAppenders(); it.hasNext(); ) {
            Appender<E> appender = it.next();
            if (!seen.add(appender)) {
                continue;
            }
            if (appender instanceof AppenderAttachable<?> nested) {
                @SuppressWarnings("unchecked")
                AppenderAttachable<E> inner = (AppenderAttachable<E>) nested;
                wrap(inner, masked, seen, requestLog);
            }
            if (appender instanceof OutputStreamAppender<E> stream) {
                if (!(stream.getEncoder() instanceof MaskingEncoder)) {
                    MaskingEncoder<E> masking = requestLog ? MaskingEncoder.forRequestLog(stream.getEncoder())
                            : new MaskingEncoder<>(stream.getEncoder());
                    masking.setContext(stream.getContext());
                    masking.start();
                    stream.setEncoder(masking);
                }
                masked.add(appender);
            }
        }
    }
}
