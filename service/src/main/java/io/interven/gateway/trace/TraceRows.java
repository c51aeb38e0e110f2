package io.interven.gateway.trace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Inserts trace rows: one statement prepared per batch, every parameter set by its position, one commit. The trace
 * writer's only statement, run thousands of times a second under load: through a SQL object, each row's 31 values
 * were found by name through the record's accessors and bound through argument factories, about a quarter of the
 * writer's time; here a row costs its 31 setter calls. The connection comes from a JDBI handle, so the pool, its
 * checks and the transaction's rollback on failure are JDBI's as for every other statement. Reading traces stays in
 * {@link TraceDao}.
 */
public final class TraceRows {
    static final String INSERT = "INSERT INTO traces (trace_id, tenant_id, env_name, agent_id, agent_name, "
            + "runtime_type, created_at, method, host, tool_name, operation, verb, decision, risk_score, risk_band, "
            + "reason_codes, classifications, findings_json, signals_json, policy_id, policy_name, policy_version, "
            + "rule_id, approval_id, body_bytes, body_fingerprint, path, monitor_json, policy_input, "
            + "ephemeral_key_id, w3c_trace_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Jdbi jdbi;

    public TraceRows(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Writes every trace or none, in one transaction. A failure is thrown as it came from the driver (its cause
     * chain tells an unreachable database and a unique violation from other refusals).
     */
    public void insertAll(List<TraceRecord> traces) throws SQLException {
        if (traces.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> insert(handle.getConnection(), traces));
    }

    private static void insert(Connection connection, List<TraceRecord> traces) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (TraceRecord trace : traces) {
                bind(statement, trace);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void bind(PreparedStatement statement, TraceRecord trace) throws SQLException {
        uuid(statement, 1, trace.traceId());
        uuid(statement, 2, trace.tenantId());
        statement.setString(3, trace.envName());
        uuid(statement, 4, trace.agentId());
        statement.setString(5, trace.agentName());
        statement.setString(6, trace.runtimeType());
        statement.setLong(7, trace.createdAt());
        statement.setString(8, trace.method());
        statement.setString(9, trace.host());
        statement.setString(10, trace.toolName());
        statement.setString(11, trace.operation());
        statement.setString(12, trace.verb());
        statement.setString(13, trace.decision());
        statement.setDouble(14, trace.riskScore());
        statement.setString(15, trace.riskBand());
        statement.setString(16, trace.reasonCodes());
        statement.setString(17, trace.classifications());
        statement.setString(18, trace.findingsJson());
        statement.setString(19, trace.signalsJson());
        statement.setString(20, trace.policyId());
        statement.setString(21, trace.policyName());
        if (trace.policyVersion() == null) {
            statement.setNull(22, Types.INTEGER);
        } else {
            statement.setInt(22, trace.policyVersion());
        }
        statement.setString(23, trace.ruleId());
        uuid(statement, 24, trace.approvalId());
        statement.setInt(25, trace.bodyBytes());
        statement.setString(26, trace.bodyFingerprint());
        statement.setString(27, trace.path());
        statement.setString(28, trace.monitorJson());
        statement.setString(29, trace.policyInput());
        uuid(statement, 30, trace.ephemeralKeyId());
        statement.setString(31, trace.w3cTraceId());
    }

    /** A UUID column: the drivers of both databases take {@link UUID} objects as they are. */
    private static void uuid(PreparedStatement statement, int position, UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(position, Types.OTHER);
        } else {
            statement.setObject(position, value);
        }
    }
}
