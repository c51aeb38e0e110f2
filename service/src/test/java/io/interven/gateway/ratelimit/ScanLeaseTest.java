package io.interven.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanLeaseTest {
    private final ScanLease lease = new ScanLease();

    @Test
    void aSlowTenantTakesOneScanAtATime() {
        lease.enter(0);
        long now = 0;
        for (int i = 0; i < 5; i++) {
            assertThat(lease.takeOne()).isFalse();
            assertThat(lease.nextSize(now)).isEqualTo(1);
            lease.granted(new WindowCount(i + 1, 100, 1));
            now += ScanLease.QUICK_MILLIS;
        }
    }

    @Test
    void aQuickTenantsLeaseDoublesUpToItsMaximumAndShrinksAgainWhenItSlowsDown() {
        lease.enter(0);
        int size = 0;
        for (int i = 0; i < 12; i++) {
            size = lease.nextSize(i);
        }
        assertThat(size).isEqualTo(ScanLease.MAX_SIZE);

        assertThat(lease.nextSize(1_000)).isEqualTo(ScanLease.MAX_SIZE / 2);
        assertThat(lease.nextSize(2_000)).isEqualTo(ScanLease.MAX_SIZE / 4);
    }

    @Test
    void whatTheDatabaseGrantedIsUsedOneScanAtATimeAndCountsInWhatIsLeft() {
        lease.enter(0);
        lease.granted(new WindowCount(8, 100, 4));     // scans 5..8 of the window are this node's; one used now

        assertThat(lease.remaining()).isEqualTo(95);
        assertThat(lease.takeOne()).isTrue();
        assertThat(lease.takeOne()).isTrue();
        assertThat(lease.takeOne()).isTrue();
        assertThat(lease.remaining()).isEqualTo(92);
        assertThat(lease.takeOne()).as("all four used").isFalse();
    }

    @Test
    void aNewWindowDropsWhatWasLeftOfTheLastAndStartsSmall() {
        lease.enter(0);
        for (int i = 0; i < 6; i++) {
            lease.nextSize(i);
        }
        lease.granted(new WindowCount(32, 1_000, 32));

        lease.enter(60_000);

        assertThat(lease.takeOne()).isFalse();
        assertThat(lease.nextSize(60_001)).isEqualTo(1);
    }
}
