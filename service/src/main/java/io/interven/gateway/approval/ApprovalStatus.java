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

    /**
     * The status a row has now: an open approval past its time is expired; a consumed one stays approved. Listings
     * filter with the same rule in SQL ({@link ApprovalDao#STATUS_AT_NOW}); change both together.
     */
    public static ApprovalStatus of(ApprovalRow row, long now) {
        ApprovalStatus stored = valueOf(row.status());
        if (row.consumedAt() != null) {
            return stored;
        }
        boolean open = stored == PENDING || stored == APPROVED;
        return open && now >= row.expiresAt() ? EXPIRED : stored;
    }
}
