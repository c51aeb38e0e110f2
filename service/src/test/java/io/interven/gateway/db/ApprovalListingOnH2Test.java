package io.interven.gateway.db;

class ApprovalListingOnH2Test extends ApprovalListingContract {
    @Override
    String database() {
        return "h2";
    }
}
