package io.interven.gateway.contract;

import io.interven.gateway.testing.TestDatabase;

class ScanRoundTripsOnH2Test extends ScanRoundTripsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.fresh("h2");
    }
}
