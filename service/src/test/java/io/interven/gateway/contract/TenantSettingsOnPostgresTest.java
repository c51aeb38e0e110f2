package io.interven.gateway.contract;

class TenantSettingsOnPostgresTest extends TenantSettingsContract {
    @Override
    String database() {
        return "postgres";
    }
}
