package io.interven.gateway.history;

import java.util.ArrayList;
import java.util.List;

/**
 * The increments one call adds to its agent's baseline: the agent itself and its minute always; its tool,
 * operation, host and hour of the day only when the call was let through ({@link RecordedCall#letThrough()}).
 */
final class BaselineFacts {
    static final int MAX_NAME = 320;
    private BaselineFacts() {
    }

    static List<FactRow> of(RecordedCall call) {
        List<FactRow> facts = new ArrayList<>(5);
        facts.add(fact(call, FactKind.AGENT, ""));
        if (call.letThrough()) {
            facts.add(fact(call, FactKind.TOOL, call.toolName()));
            facts.add(fact(call, FactKind.OPERATION, call.toolName() + " " + call.operation()));
            facts.add(fact(call, FactKind.HOST, call.host()));
            facts.add(fact(call, FactKind.HOUR, Integer.toString(AgentBaseline.hourOf(call.at()))));
        }
        return facts;
    }

    static VolumeRow minuteOf(RecordedCall call) {
        return new VolumeRow(call.tenantId(), call.agentId(), AgentBaseline.minuteOf(call.at()), 1, call.at());
    }

    private static FactRow fact(RecordedCall call, FactKind kind, String name) {
        return new FactRow(call.tenantId(), call.agentId(), kind.stored(), bounded(name), call.at(), call.at(), 1,
                call.at());
    }

    /** A name as its column holds it ({@value #MAX_NAME} characters at most). */
    static String bounded(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }
}
