package io.interven.gateway.contract;

class ApprovalBindingOnPostgresTest extends ApprovalBindingContract {
    @Override
    String database() {
        return "postgres";
    }
}
