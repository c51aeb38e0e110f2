package io.interven.gateway.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * What the test JVM stops when it exits, in order: the gateways first (in parallel, each draining its traces and
 * history into a database that is still up), then the database servers. Separate shutdown hooks would run together,
 * and a gateway stopping after its database has gone spends its stop timeouts retrying writes.
 */
public final class AtExit {
    private static final List<Runnable> GATEWAYS = new ArrayList<>();
    private static final List<Runnable> DATABASES = new ArrayList<>();
    private static boolean hooked;

    private AtExit() {
    }

    /** Closes {@code gateway} (or anything that writes to a test database) before the databases stop. */
    public static synchronized void closeGateway(Runnable gateway) {
        hook();
        GATEWAYS.add(gateway);
    }

    /** Stops {@code database} after every gateway. */
    public static synchronized void stopDatabase(Runnable database) {
        hook();
        DATABASES.add(database);
    }

    private static void hook() {
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(AtExit::runAll, "test-shutdown"));
        }
    }

    private static void runAll() {
        List<Runnable> gateways;
        List<Runnable> databases;
        synchronized (AtExit.class) {
            gateways = List.copyOf(GATEWAYS);
            databases = List.copyOf(DATABASES);
        }
        List<Thread> stopping = new ArrayList<>();
        for (Runnable gateway : gateways) {
            Thread thread = new Thread(() -> quietly(gateway), "test-shutdown-gateway");
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        databases.forEach(AtExit::quietly);
    }

    private static void quietly(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // the JVM is going away
        }
    }
}
