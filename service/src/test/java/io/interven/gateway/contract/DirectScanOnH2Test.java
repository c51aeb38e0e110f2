package io.interven.gateway.contract;

class DirectScanOnH2Test extends DirectScanContract {
    @Override
    String database() {
        return "h2";
    }
}
