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
    /** Soon after the takes of {@link #leaseOf}: a take then is "quick". */
    private static final long QUICK = 20;

    /** Grows the lease to {@code size} scans (each take "quick") and hands it {@code size} scans, one used. */
    private void leaseOf(int size) {
        lease.enter(0);
        int next = 0;
        for (int i = 0; next < size; i++) {
            next = lease.nextSize(i);
        }
        lease.granted(new WindowCount(size, 1_000_000, size));
    }

    @Test
    void aQuickTenantsLeaseIsTakenAgainOnceHalfIsUsedAndOneRefillAtATime() {
        leaseOf(16);                                   // 15 left
        for (int i = 0; i < 7; i++) {                  // 8 left: half used
            assertThat(lease.startRefill(QUICK)).as("before half is used").isZero();
            assertThat(lease.takeOne()).isTrue();
        }
        assertThat(lease.startRefill(QUICK)).isEqualTo(32);
        assertThat(lease.takeOne()).isTrue();
        assertThat(lease.startRefill(QUICK)).as("one refill at a time").isZero();

        lease.refilled(0, new WindowCount(48, 1_000_000, 32), false);
        assertThat(lease.remaining()).isEqualTo(1_000_000 - 48 + 7 + 32);
        for (int i = 0; i < 39; i++) {
            assertThat(lease.takeOne()).isTrue();
        }
        assertThat(lease.takeOne()).isFalse();
    }

    @Test
    void aSlowTenantsSmallLeaseIsNeverTakenAhead() {
        leaseOf(4);
        for (int i = 0; i < 3; i++) {
            assertThat(lease.takeOne()).isTrue();
            assertThat(lease.startRefill(QUICK)).isZero();
        }
    }

    @Test
    void aRefillForAWindowThatHasEndedIsDropped() {
        leaseOf(16);
        for (int i = 0; i < 8; i++) {
            lease.takeOne();
        }
        assertThat(lease.startRefill(QUICK)).isPositive();
        lease.enter(60_000);

        lease.refilled(0, new WindowCount(48, 1_000_000, 32), false);

        assertThat(lease.takeOne()).isFalse();
    }

    @Test
    void aFailedRefillPausesRefillsUntilATakeThatWaitsSucceeds() {
        leaseOf(16);
        for (int i = 0; i < 8; i++) {
            lease.takeOne();
        }
        assertThat(lease.startRefill(QUICK)).isPositive();
        lease.refilled(0, null, true);
        lease.takeOne();
        assertThat(lease.startRefill(QUICK)).as("paused").isZero();

        lease.granted(new WindowCount(100, 1_000_000, 16));
        for (int i = 0; i < 8; i++) {
            lease.takeOne();
        }
        assertThat(lease.startRefill(QUICK)).as("resumed").isPositive();
    }
    @Test
    void aScanThatReadTheClockBeforeTheMinuteTurnedIsCountedInTheNewWindowWithoutDroppingWhatIsHeld() {
        assertThat(lease.enter(60_000)).isEqualTo(60_000);
        lease.granted(new WindowCount(4, 100, 4));     // 3 held

        assertThat(lease.enter(0)).as("never back to an older window").isEqualTo(60_000);

        assertThat(lease.takeOne()).isTrue();
        assertThat(lease.takeOne()).isTrue();
        assertThat(lease.takeOne()).isTrue();
        assertThat(lease.takeOne()).isFalse();
    }
}
