package io.interven.gateway.core;

import io.interven.spi.AgentRef;
import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent's telemetry as fields to scan: its name and runtime type. They are not part of the call and do not
 * change its decision, but traces keep them, so what detectors find in them is hidden there. No key is given, so
 * that recognizers reading the key as context ({@code name} -> a person) do not take an agent's name for data.
 */
final class TelemetryFields {
    static final String AGENT_NAME = "agent_name";
    static final String RUNTIME_TYPE = "runtime_type";

    private TelemetryFields() {
    }

    static List<ScanField> of(AgentRef agent) {
        List<ScanField> fields = new ArrayList<>(2);
        if (agent.agentName() != null && !agent.agentName().isEmpty()) {
            fields.add(new ScanField(AGENT_NAME, FieldLocation.BODY, null, agent.agentName()));
        }
        if (agent.runtimeType() != null && !agent.runtimeType().isEmpty()) {
            fields.add(new ScanField(RUNTIME_TYPE, FieldLocation.BODY, null, agent.runtimeType()));
        }
        return fields;
    }
}
