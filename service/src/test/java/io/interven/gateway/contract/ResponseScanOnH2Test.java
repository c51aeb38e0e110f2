package io.interven.gateway.contract;

class ResponseScanOnH2Test extends ResponseScanContract {
    @Override
    String database() {
        return "h2";
    }
}
