package io.interven.gateway.db;

class ApprovalListingOnPostgresTest extends ApprovalListingContract {
    @Override
    String database() {
        return "postgres";
    }
}
