package io.interven.gateway.contract;

class ApprovalBindingOnH2Test extends ApprovalBindingContract {
    @Override
    String database() {
        return "h2";
    }
}
