package io.interven.gateway.server;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Closes connections that take longer than a deadline to send one request's line and headers. The idle timeout
 * alone never cuts a client that sends a byte every few seconds, and the minimum request data rate applies to
 * bodies only; this closes the gap. A sweeper looks at every open HTTP/1 connection a few times per deadline:
 * a connection whose parser has stayed inside the same request head for longer than the deadline is closed.
 */
public final class RequestHeadDeadline implements LifeCycle.Listener {
    private final long deadlineNanos;
    private final long tickMillis;
    private final Map<EndPoint, HeadStarted> watched = new ConcurrentHashMap<>();
    private ScheduledExecutorService sweeper;

    /** When a connection was first seen inside the head of its {@code messagesIn}-th request. */
    private record HeadStarted(long messagesIn, long atNanos) {
    }

    public RequestHeadDeadline(long deadlineMillis) {
        this.deadlineNanos = TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
        this.tickMillis = Math.max(25, Math.min(1000, deadlineMillis / 4));
    }

    @Override
    public void lifeCycleStarted(LifeCycle event) {
        if (event instanceof Server server) {
            sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "request-head-deadline");
                thread.setDaemon(true);
                return thread;
            });
            sweeper.scheduleWithFixedDelay(() -> sweep(server), tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void lifeCycleStopping(LifeCycle event) {
        if (event instanceof Server && sweeper != null) {
            sweeper.shutdownNow();
        }
    }

    void sweep(Server server) {
        long now = System.nanoTime();
        Set<EndPoint> open = new HashSet<>();
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector network) {
                for (EndPoint endPoint : network.getConnectedEndPoints()) {
                    open.add(endPoint);
                    check(endPoint, now);
                }
            }
        }
        watched.keySet().retainAll(open);
    }

    private void check(EndPoint endPoint, long now) {
        if (!(endPoint.getConnection() instanceof HttpConnection http)) {
            return;
        }
        HttpParser parser = http.getParser();
        if (parser.isStart() || !parser.inHeaderState()) {
            watched.remove(endPoint);
            return;
        }
        HeadStarted started = watched.get(endPoint);
        if (started == null || started.messagesIn() != http.getMessagesIn()) {
            watched.put(endPoint, new HeadStarted(http.getMessagesIn(), now));
        } else if (now - started.atNanos() > deadlineNanos) {
            watched.remove(endPoint);
            endPoint.close();
        }
    }
}
