package io.interven.gateway.architecture.cyclefixture.right;

import io.interven.gateway.architecture.cyclefixture.left.LeftSide;

/** The other half of a deliberate package cycle. */
public final class RightSide {
    public LeftSide other() {
        return new LeftSide();
    }
}
