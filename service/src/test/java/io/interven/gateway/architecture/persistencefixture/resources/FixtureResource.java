package io.interven.gateway.architecture.persistencefixture.resources;

import io.interven.gateway.architecture.persistencefixture.approval.FixtureApprovalDao;

/** A resource handed a SQL object instead of a service, for the persistence rules' own test. */
public final class FixtureResource {
    private final FixtureApprovalDao approvals;

    public FixtureResource(FixtureApprovalDao approvals) {
        this.approvals = approvals;
    }

    public void deny() {
        approvals.ownTable();
    }
}
