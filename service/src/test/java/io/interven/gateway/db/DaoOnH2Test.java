package io.interven.gateway.db;

class DaoOnH2Test extends DaoContract {
    @Override
    String database() {
        return "h2";
    }
}
