package io.interven.gateway.approval;

import java.util.Locale;

/** The states of an approval, as {@code GET /v1/approvals/{id}/status} answers them (lower case). */
public enum ApprovalStatus {
    PENDING,
    APPROVED,
    DENIED,
    EXPIRED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
