package io.interven.gateway.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Request;

/**
 * A request whose body has been read whole ahead of its handling ({@link BodyReadAhead}): its content comes from
 * memory, so a handler reading it with blocking I/O never waits on the client.
 */
final class LoadedBodyRequest extends Request.Wrapper {
    private final Content.Source body;

    LoadedBodyRequest(Request request, ByteBuffer body) {
        this(request, new ByteBufferContentSource(body));
    }

    private LoadedBodyRequest(Request request, Content.Source body) {
        super(request);
        this.body = body;
    }

    /** The request with a body whose first read fails with {@code failure}. */
    static LoadedBodyRequest failing(Request request, Throwable failure) {
        Content.Source body = new ByteBufferContentSource();
        body.fail(failure);
        return new LoadedBodyRequest(request, body);
    }

    @Override
    public Content.Chunk read() {
        return body.read();
    }

    @Override
    public void demand(Runnable demandCallback) {
        body.demand(demandCallback);
    }

    @Override
    public void fail(Throwable failure) {
        body.fail(failure);
    }

    @Override
    public boolean consumeAvailable() {
        Content.Chunk chunk;
        while ((chunk = body.read()) != null) {
            chunk.release();
            if (chunk.isLast()) {
                return true;
            }
        }
        return true;
    }
}
