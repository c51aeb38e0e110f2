package io.interven.gateway.db;

class ApprovalSettleOnPostgresTest extends ApprovalSettleContract {
    @Override
    String database() {
        return "postgres";
    }
}
