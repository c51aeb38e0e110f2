package io.interven.gateway.contract;

class ApprovalStatusOnPostgresTest extends ApprovalStatusContract {
    @Override
    String database() {
        return "postgres";
    }
}
