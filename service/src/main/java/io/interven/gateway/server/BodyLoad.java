package io.interven.gateway.server;

import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.request.BodyNotReceived;
import io.interven.gateway.request.BoundedBody;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * One request's body, read ahead of its handling ({@link BodyReadAhead}). Chunks are read while Jetty has them; when
 * it has none, the load asks to be called back ({@link Request#demand}) and gives its thread back, and a timer
 * watches the pace and the deadline meanwhile. Exactly one end settles it: the body is whole and the request is
 * handed on; or it is refused, and the request is handed on with a body whose reading fails with the answer: it
 * passes the limit (413), falls behind or runs late (408), cannot be read (400, or 408 when the connection timed
 * out), or finds the read-ahead budget full (503). The state is guarded by this object's lock, since the timer may
 * settle the load while a chunk is being taken.
 */
final class BodyLoad implements Runnable {
    private static final int SECOND_ARRAY = 8192;

    private final BodyReadAheadRules rules;
    private final Handler next;
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long startedNanos = System.nanoTime();
    private boolean settled;
    /** The first chunk with bytes, kept as Jetty read it while it is the only one. */
    private Content.Chunk first;
    /** The bytes so far, once a second chunk with bytes came. */
    private byte[] copied;
    private int length;
    /** Bytes taken from the budget, given back when the load is settled or its request answered. */
    private long taken;
    private Scheduler.Task timer;

    BodyLoad(BodyReadAheadRules rules, Handler next, Request request, Response response, Callback callback) {
        this.rules = rules;
        this.next = next;
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    void start() {
        read();
    }

    /** Jetty's call back when more of the body may be read. */
    @Override
    public void run() {
        read();
    }

    private void read() {
        while (!isSettled()) {
            Content.Chunk chunk;
            try {
                chunk = request.read();
            } catch (RuntimeException failure) {
                refuse(unreadable(failure));
                return;
            }
            if (chunk == null) {
                Refusal refusal = holdWhileWaiting();
                if (refusal == null) {
                    request.demand(this);
                } else {
                    refuse(refusal);
                }
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                refuse(unreadable(chunk.getFailure()));
                return;
            }
            Refusal refusal = absorb(chunk);
            if (refusal != null) {
                refuse(refusal);
                return;
            }
            if (chunk.isLast()) {
                handOn();
                return;
            }
        }
    }

    /** True once the load has ended: a late call back reads nothing more of a request already handed on. */
    private synchronized boolean isSettled() {
        return settled;
    }

    /** What stops the load: the exception the body's reader gets, which answers the request, and why. */
    private record Refusal(RuntimeException answer, BodyRefusal reason) {
        /** The load was settled meanwhile (the timer refused it): nothing more to read or answer. */
        static final Refusal ALREADY_SETTLED = new Refusal(null, null);

        static Refusal status(int status, String why, BodyRefusal reason) {
            return new Refusal(new BadMessageException(status, why), reason);
        }
    }

    /** Counts the chunk against the limit, keeps its bytes, and checks the pace; a refusal when it does not fit. */
    private synchronized Refusal absorb(Content.Chunk chunk) {
        if (settled) {
            chunk.release();
            return Refusal.ALREADY_SETTLED;
        }
        int size = chunk.remaining();
        if ((long) length + size > rules.maxBodyBytes()) {
            chunk.release();
            return new Refusal(BoundedBody.tooLarge(rules.maxBodyBytes()), BodyRefusal.TOO_LARGE);
        }
        if (size == 0) {
            chunk.release();
        } else if (first == null && copied == null) {
            first = chunk;
        } else {
            copy(chunk);
        }
        length += size;
        if (!chunk.isLast() && behind(System.nanoTime())) {
            return lateRefusal();
        }
        return null;
    }

    /** Appends the chunk (and the first one, if it was still kept apart) to the copied bytes. */
    private void copy(Content.Chunk chunk) {
        int size = chunk.remaining();
        if (copied == null) {
            copied = new byte[Math.max(SECOND_ARRAY, length + size)];
            first.getByteBuffer().get(copied, 0, length);
            first.release();
            first = null;
        } else if (length + size > copied.length) {
            copied = Arrays.copyOf(copied, (int) Math.min(rules.maxBodyBytes(),
                    Math.max((long) length + size, 2L * copied.length)));
        }
        chunk.getByteBuffer().get(copied, length, size);
        chunk.release();
    }

    /** The body is whole: the request is handed on with it, and what it holds is let go once it is answered. */
    private void handOn() {
        ByteBuffer body;
        Runnable letGo;
        synchronized (this) {
            if (settled) {
                return;
            }
            settled = true;
            cancelTimer();
            Content.Chunk kept = first;
            long held = taken;
            body = kept != null ? kept.getByteBuffer()
                    : copied != null ? ByteBuffer.wrap(copied, 0, length) : ByteBuffer.allocate(0);
            letGo = () -> {
                if (kept != null) {
                    kept.release();
                }
                rules.budget().giveBack(held);
            };
        }
        handle(new LoadedBodyRequest(request, body), Callback.from(letGo, callback));
    }

    private void handle(Request loaded, Callback done) {
        try {
            if (!next.handle(loaded, response, done)) {
                Response.writeError(request, response, done, 404);
            }
        } catch (Throwable failure) {
            Response.writeError(request, response, done, failure);
        }
    }

    /**
     * Hands the request on with a body that fails with the refusal, so that it is answered like any other error of
     * the request (its filters, trace context and mappers); the connection closes after the answer, since the rest
     * of the body is unread.
     */
    private void refuse(Refusal refusal) {
        synchronized (this) {
            if (settled) {
                return;
            }
            settled = true;
            cancelTimer();
            if (first != null) {
                first.release();
                first = null;
            }
            copied = null;
            rules.budget().giveBack(taken);
            taken = 0;
        }
        rules.refusals().accept(refusal.reason());
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        handle(LoadedBodyRequest.failing(request, new BodyNotReceived(refusal.answer())), callback);
    }

    private static Refusal unreadable(Throwable failure) {
        return Refusal.status(BoundedBody.timedOut(failure) ? 408 : 400, "request body could not be read",
                BodyRefusal.UNREADABLE);
    }

    /** The refusal of a body behind its pace or past its deadline. */
    private Refusal lateRefusal() {
        return Refusal.status(408, "request body slower than the minimum pace or later than the body timeout",
                BodyRefusal.LATE);
    }

    /** True when, at {@code now}, the body is behind its least pace or past its deadline. */
    private boolean behind(long now) {
        long elapsed = now - startedNanos;
        return rules.pace().tooSlow(length, elapsed)
                || rules.timeoutMillis() > 0 && elapsed > TimeUnit.MILLISECONDS.toNanos(rules.timeoutMillis());
    }

    /**
     * Before the load waits for more: the bytes held so far are taken from the budget (a body read without waiting
     * takes none) and the timer is armed, once. A refusal when the budget has no room for them.
     */
    private synchronized Refusal holdWhileWaiting() {
        if (settled) {
            return Refusal.ALREADY_SETTLED;
        }
        if (length > taken) {
            if (!rules.budget().take(length - taken)) {
                return new Refusal(new ApiException(ErrorCode.BODY_BUFFER_FULL,
                        "request bodies still arriving fill the memory set aside for them; retry later"),
                        BodyRefusal.BUDGET_FULL);
            }
            taken = length;
        }
        if (timer == null && (rules.pace().minBytesPerSecond() > 0 || rules.timeoutMillis() > 0)) {
            schedule();
        }
        return null;
    }

    private synchronized void schedule() {
        timer = request.getComponents().getScheduler()
                .schedule(this::onTimer, Math.max(1, millisUntilBehind()), TimeUnit.MILLISECONDS);
    }

    /** On the scheduler's thread: a late body is refused on a request thread, as the handlers may block. */
    private void onTimer() {
        synchronized (this) {
            if (settled) {
                return;
            }
            if (!behind(System.nanoTime())) {
                schedule();
                return;
            }
        }
        request.getComponents().getExecutor().execute(() -> refuse(lateRefusal()));
    }

    /** Milliseconds from now until the body, with no more bytes, is behind its pace or past its deadline. */
    private long millisUntilBehind() {
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        long until = Long.MAX_VALUE;
        if (rules.pace().minBytesPerSecond() > 0) {
            until = rules.pace().graceMillis() + length * 1000L / rules.pace().minBytesPerSecond() + 1;
        }
        if (rules.timeoutMillis() > 0) {
            until = Math.min(until, rules.timeoutMillis() + 1);
        }
        return until - elapsedMillis;
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
        }
    }
}
