package io.interven.gateway.history;

import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The history's rows in the database. Increments are added, never overwritten, so that any number of nodes may add
 * to the same rows at once: UPDATE adds to an existing row; where none exists an INSERT creates it; the INSERT that
 * loses a race with another node fails on the primary key, and the increment is added by UPDATE after all.
 */
public class HistoryStore {
    private static final String UNIQUE_VIOLATION = "23505";

    private final HistoryDao dao;

    public HistoryStore(Jdbi jdbi) {
        this.dao = jdbi.onDemand(HistoryDao.class);
    }

    void addFacts(List<FactRow> increments) {
        if (increments.isEmpty()) {
            return;
        }
        int[] updated = dao.addToFacts(increments);
        for (int i = 0; i < increments.size(); i++) {
            if (updated[i] == 0) {
                FactRow row = increments.get(i);
                try {
                    dao.insertFact(row);
                } catch (UnableToExecuteStatementException e) {
                    if (!isUniqueViolation(e)) {
                        throw e;
                    }
                    dao.addToFacts(List.of(row));
                }
            }
        }
    }

    void addVolumes(List<VolumeRow> increments) {
        if (increments.isEmpty()) {
            return;
        }
        int[] updated = dao.addToVolumes(increments);
        for (int i = 0; i < increments.size(); i++) {
            if (updated[i] == 0) {
                VolumeRow row = increments.get(i);
                try {
                    dao.insertVolume(row);
                } catch (UnableToExecuteStatementException e) {
                    if (!isUniqueViolation(e)) {
                        throw e;
                    }
                    dao.addToVolumes(List.of(row));
                }
            }
        }
    }

    /** Stores the read values; one already stored (the same response reported twice) is left as it is. */
    void addReadValues(List<ReadValue> rows) {
        for (ReadValue row : rows) {
            try {
                dao.insertReadValue(row);
            } catch (UnableToExecuteStatementException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    List<FactRow> factsOf(AgentKey agent) {
        return dao.factsOf(agent.tenantId(), agent.agentId());
    }

    List<VolumeRow> volumesOf(AgentKey agent, long since) {
        return dao.volumesOf(agent.tenantId(), agent.agentId(), since);
    }

    List<FactRow> factsChangedSince(long since) {
        return dao.factsChangedSince(since);
    }

    List<VolumeRow> volumesChangedSince(long since) {
        return dao.volumesChangedSince(since);
    }

    List<ReadValue> readValuesWrittenSince(long since, long readSince) {
        return dao.readValuesWrittenSince(since, readSince);
    }

    /** Deletes what is past its retention; answers how many rows went. */
    int sweep(long factsBefore, long volumesBefore, long readsBefore) {
        return dao.deleteFactsLastSeenBefore(factsBefore) + dao.deleteVolumesBefore(volumesBefore)
                + dao.deleteReadValuesBefore(readsBefore);
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
