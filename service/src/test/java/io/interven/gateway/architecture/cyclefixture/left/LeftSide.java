package io.interven.gateway.architecture.cyclefixture.left;

import io.interven.gateway.architecture.cyclefixture.right.RightSide;

/** Half of a deliberate package cycle, for the test that proves the cycle rule can fail. */
public final class LeftSide {
    public RightSide other() {
        return new RightSide();
    }
}
