package io.interven.gateway.contract;

class EgressDecisionOnPostgresTest extends EgressDecisionContract {
    @Override
    String database() {
        return "postgres";
    }
}
