package io.interven.gateway.contract;

class ScanEndpointOnH2Test extends ScanEndpointContract {
    @Override
    String database() {
        return "h2";
    }
}
