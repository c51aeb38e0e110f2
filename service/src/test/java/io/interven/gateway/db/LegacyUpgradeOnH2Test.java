package io.interven.gateway.db;

class LegacyUpgradeOnH2Test extends LegacyUpgradeContract {
    @Override
    String database() {
        return "h2";
    }
}
