package io.interven.gateway.db;

class LegacyUpgradeOnPostgresTest extends LegacyUpgradeContract {
    @Override
    String database() {
        return "postgres";
    }
}
