package io.interven.gateway.contract;

import io.interven.gateway.testing.TestDatabase;

class ScanRoundTripsOnPostgresTest extends ScanRoundTripsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.fresh("postgres");
    }
}
