package io.interven.gateway.policy;

/** What the gateway answers for a call. Higher severity wins ties: DENY > REQUIRE_APPROVAL > SANITIZE > ALLOW. */
public enum Decision {
    ALLOW(0),
    SANITIZE(1),
    REQUIRE_APPROVAL(2),
    DENY(3);

    private final int severity;

    Decision(int severity) {
        this.severity = severity;
    }

    public int severity() {
        return severity;
    }
}
