package io.interven.gateway.contract;

class TenantSettingsOnH2Test extends TenantSettingsContract {
    @Override
    String database() {
        return "h2";
    }
}
