package io.interven.gateway.contract;

class HiddenPlacesOnH2Test extends HiddenPlacesContract {
    @Override
    String database() {
        return "h2";
    }
}
