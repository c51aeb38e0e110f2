package io.interven.gateway.contract;

class EnvironmentScopeOnH2Test extends EnvironmentScopeContract {
    @Override
    String database() {
        return "h2";
    }
}
