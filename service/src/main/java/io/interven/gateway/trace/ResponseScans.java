package io.interven.gateway.trace;

import io.interven.gateway.core.ResponseClassification;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Keeps the classification of a traced call's response: types, counts and fingerprint, never content. */
public class ResponseScans {
    private final ResponseScanDao scans;

    public ResponseScans(Jdbi jdbi) {
        this.scans = jdbi.onDemand(ResponseScanDao.class);
    }

    /** Records {@code result} for the trace; {@code status} is the upstream response's HTTP status, when given. */
    public void record(UUID tenantId, String envName, UUID traceId, Integer status, ResponseClassification result) {
        scans.insert(new ResponseScanRow(UUID.randomUUID(), tenantId, envName, traceId, status,
                String.join(",", result.dataClasses()), String.join(",", result.entityTypes()),
                result.fieldsRedactedCount(), result.contentFingerprint(), System.currentTimeMillis()));
    }
}
