package io.interven.gateway.policy;

import io.interven.spi.HostPattern;
import io.interven.spi.Verb;
import java.util.List;

/**
 * Which calls a rule applies to. Every list is any-of; an empty list matches everything; all non-empty lists
 * must match. Hosts match as {@link HostPattern} says (the meaning the tool catalogue uses too), paths as
 * {@link PathGlob} says.
 */
public record RuleMatch(List<String> tools, List<String> operations, List<Verb> verbs, List<String> methods,
                        List<HostPattern> hosts, List<PathGlob> paths, List<String> agentIds,
                        List<String> agentNames, List<String> runtimeTypes) {
    public static final RuleMatch EVERYTHING = new RuleMatch(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());

    public RuleMatch {
        tools = List.copyOf(tools);
        operations = List.copyOf(operations);
        verbs = List.copyOf(verbs);
        methods = List.copyOf(methods);
        hosts = List.copyOf(hosts);
        paths = List.copyOf(paths);
        agentIds = List.copyOf(agentIds);
        agentNames = List.copyOf(agentNames);
        runtimeTypes = List.copyOf(runtimeTypes);
    }

    public boolean matches(DecisionFeatures call) {
        return anyOf(tools, call.toolName())
                && anyOf(operations, call.operation())
                && (verbs.isEmpty() || verbs.contains(call.verb()))
                && (methods.isEmpty() || methods.stream().anyMatch(m -> m.equalsIgnoreCase(call.method())))
                && (hosts.isEmpty() || hosts.stream().anyMatch(pattern -> pattern.matches(call.host())))
                && (paths.isEmpty() || paths.stream().anyMatch(glob -> glob.matches(call.path())))
                && anyOf(agentIds, call.agentId())
                && anyOf(agentNames, call.agentName())
                && anyOf(runtimeTypes, call.runtimeType());
    }

    private static boolean anyOf(List<String> accepted, String value) {
        return accepted.isEmpty() || (value != null && accepted.contains(value));
    }
}
