package io.interven.gateway.approval;

import io.interven.gateway.trace.TraceRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps a row of {@link ApprovalDao#LISTED}: the approval from its {@code a_} columns, the trace from the columns of
 * {@code traces}, absent when the join found none ({@code trace_id} null).
 */
public final class ApprovalWithCallMapper implements RowMapper<ApprovalWithCall> {
    private static final RowMapper<ApprovalRow> APPROVAL = ConstructorMapper.of(ApprovalRow.class, "a");
    private static final RowMapper<TraceRecord> TRACE = ConstructorMapper.of(TraceRecord.class);

    @Override
    public ApprovalWithCall map(ResultSet rs, StatementContext ctx) throws SQLException {
        return specialize(rs, ctx).map(rs, ctx);
    }

    @Override
    public RowMapper<ApprovalWithCall> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
        RowMapper<ApprovalRow> approval = APPROVAL.specialize(rs, ctx);
        RowMapper<TraceRecord> trace = TRACE.specialize(rs, ctx);
        return (row, context) -> new ApprovalWithCall(approval.map(row, context),
                row.getObject("trace_id") == null ? null : trace.map(row, context));
    }
}
