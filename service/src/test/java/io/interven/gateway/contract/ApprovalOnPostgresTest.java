package io.interven.gateway.contract;

class ApprovalOnPostgresTest extends ApprovalContract {
    @Override
    String database() {
        return "postgres";
    }
}
