package io.interven.gateway.trace;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code response_scans}: the classified responses of traced calls. */
public interface ResponseScanDao {
    @SqlUpdate("INSERT INTO response_scans (id, tenant_id, env_name, trace_id, response_status, data_classes, "
            + "entity_types, fields_redacted_count, content_fingerprint, created_at) VALUES (:id, :tenantId, "
            + ":envName, :traceId, :responseStatus, :dataClasses, :entityTypes, :fieldsRedactedCount, "
            + ":contentFingerprint, :createdAt)")
    void insert(@BindMethods ResponseScanRow scan);
}
