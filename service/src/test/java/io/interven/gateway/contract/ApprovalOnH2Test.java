package io.interven.gateway.contract;

class ApprovalOnH2Test extends ApprovalContract {
    @Override
    String database() {
        return "h2";
    }
}
