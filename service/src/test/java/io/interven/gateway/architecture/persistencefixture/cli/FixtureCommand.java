package io.interven.gateway.architecture.persistencefixture.cli;

import org.jdbi.v3.core.Jdbi;

/** A command handed the database instead of services, for the persistence rules' own test. */
public final class FixtureCommand {
    private final Jdbi jdbi;

    public FixtureCommand(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Jdbi database() {
        return jdbi;
    }
}
