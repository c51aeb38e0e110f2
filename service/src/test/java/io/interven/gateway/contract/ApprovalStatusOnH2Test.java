package io.interven.gateway.contract;

class ApprovalStatusOnH2Test extends ApprovalStatusContract {
    @Override
    String database() {
        return "h2";
    }
}
