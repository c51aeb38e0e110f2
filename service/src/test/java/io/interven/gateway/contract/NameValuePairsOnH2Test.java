package io.interven.gateway.contract;

class NameValuePairsOnH2Test extends NameValuePairsContract {
    @Override
    String database() {
        return "h2";
    }
}
