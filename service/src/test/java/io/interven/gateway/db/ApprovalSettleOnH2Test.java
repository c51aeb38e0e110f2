package io.interven.gateway.db;

class ApprovalSettleOnH2Test extends ApprovalSettleContract {
    @Override
    String database() {
        return "h2";
    }
}
