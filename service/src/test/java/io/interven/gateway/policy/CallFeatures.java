package io.interven.gateway.policy;

import io.interven.spi.Verb;
import java.util.Set;

/** {@link PolicyInput} for policy tests: a benign write to Slack, changed one aspect at a time. */
record CallFeatures(String toolName, Verb verb, Set<String> dataClasses, RiskBand band, Set<String> reasonCodes,
                    Set<String> entityTypes) {
    static CallFeatures slackPost() {
        return new CallFeatures("slack", Verb.WRITE, Set.of(), RiskBand.LOW, Set.of(), Set.of());
    }

    CallFeatures entities(String... types) {
        return new CallFeatures(toolName, verb, dataClasses, band, reasonCodes, Set.of(types));
    }

    CallFeatures tool(String name) {
        return new CallFeatures(name, verb, dataClasses, band, reasonCodes, entityTypes);
    }

    CallFeatures verb(Verb value) {
        return new CallFeatures(toolName, value, dataClasses, band, reasonCodes, entityTypes);
    }

    CallFeatures found(String... classes) {
        return new CallFeatures(toolName, verb, Set.of(classes), band, reasonCodes, entityTypes);
    }

    CallFeatures band(RiskBand value) {
        return new CallFeatures(toolName, verb, dataClasses, value, reasonCodes, entityTypes);
    }

    CallFeatures reasons(String... codes) {
        return new CallFeatures(toolName, verb, dataClasses, band, Set.of(codes), entityTypes);
    }

    PolicyInput build() {
        return new PolicyInput(toolName, "op", verb, "POST", "api.example.com", "/x", "agent-1", "bot",
                "langchain", dataClasses, entityTypes, 0.0, band, reasonCodes, Set.of(), 10);
    }
}
