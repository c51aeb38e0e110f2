package io.interven.gateway.policy;

import io.interven.spi.HostPattern;
import io.interven.spi.Verb;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which calls a rule applies to. Every list is any-of; an empty list matches everything; all non-empty lists
 * must match. Hosts match as {@link HostPattern} says (the meaning the tool catalogue uses too), paths as
 * {@link PathGlob} says. The lists of names and hosts are kept as sets too, built once with the rule, so that a
 * call is matched in the same few steps whether a list holds one value or thousands.
 */
public final class RuleMatch {
    public static final RuleMatch EVERYTHING = new RuleMatch(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());

    private final List<String> tools;
    private final List<String> operations;
    private final List<Verb> verbs;
    private final List<String> methods;
    private final List<HostPattern> hosts;
    private final List<PathGlob> paths;
    private final List<String> agentIds;
    private final List<String> agentNames;
    private final List<String> runtimeTypes;

    private final Set<String> toolSet;
    private final Set<String> operationSet;
    private final Set<Verb> verbSet;
    private final HostPatternSet hostSet;
    private final Set<String> agentIdSet;
    private final Set<String> agentNameSet;
    private final Set<String> runtimeTypeSet;

    public RuleMatch(List<String> tools, List<String> operations, List<Verb> verbs, List<String> methods,
                     List<HostPattern> hosts, List<PathGlob> paths, List<String> agentIds, List<String> agentNames,
                     List<String> runtimeTypes) {
        this.tools = List.copyOf(tools);
        this.operations = List.copyOf(operations);
        this.verbs = List.copyOf(verbs);
        this.methods = List.copyOf(methods);
        this.hosts = List.copyOf(hosts);
        this.paths = List.copyOf(paths);
        this.agentIds = List.copyOf(agentIds);
        this.agentNames = List.copyOf(agentNames);
        this.runtimeTypes = List.copyOf(runtimeTypes);
        this.toolSet = new HashSet<>(this.tools);
        this.operationSet = new HashSet<>(this.operations);
        this.verbSet = this.verbs.isEmpty() ? EnumSet.noneOf(Verb.class) : EnumSet.copyOf(this.verbs);
        this.hostSet = new HostPatternSet(this.hosts);
        this.agentIdSet = new HashSet<>(this.agentIds);
        this.agentNameSet = new HashSet<>(this.agentNames);
        this.runtimeTypeSet = new HashSet<>(this.runtimeTypes);
    }

    boolean matches(CallToMatch call) {
        PolicyInput input = call.input();
        // cheapest first: look-ups, then the methods' comparisons, the hosts' parent domains, the paths' globs
        return anyOf(toolSet, input.toolName())
                && anyOf(operationSet, input.operation())
                && (verbSet.isEmpty() || verbSet.contains(input.verb()))
                && anyOf(agentIdSet, input.agentId())
                && anyOf(agentNameSet, input.agentName())
                && anyOf(runtimeTypeSet, input.runtimeType())
                && (methods.isEmpty() || anyMethod(input.method()))
                && (hosts.isEmpty() || hostSet.matches(call))
                && (paths.isEmpty() || anyPath(input.path()));
    }

    private static boolean anyOf(Set<String> accepted, String value) {
        return accepted.isEmpty() || (value != null && accepted.contains(value));
    }

    private boolean anyMethod(String method) {
        for (int i = 0; i < methods.size(); i++) {
            if (methods.get(i).equalsIgnoreCase(method)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyPath(String path) {
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).matches(path)) {
                return true;
            }
        }
        return false;
    }

    public List<String> tools() {
        return tools;
    }

    public List<String> operations() {
        return operations;
    }

    public List<Verb> verbs() {
        return verbs;
    }

    public List<String> methods() {
        return methods;
    }

    public List<HostPattern> hosts() {
        return hosts;
    }

    public List<PathGlob> paths() {
        return paths;
    }

    public List<String> agentIds() {
        return agentIds;
    }

    public List<String> agentNames() {
        return agentNames;
    }

    public List<String> runtimeTypes() {
        return runtimeTypes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleMatch that && tools.equals(that.tools) && operations.equals(that.operations)
                && verbs.equals(that.verbs) && methods.equals(that.methods) && hosts.equals(that.hosts)
                && paths.equals(that.paths) && agentIds.equals(that.agentIds) && agentNames.equals(that.agentNames)
                && runtimeTypes.equals(that.runtimeTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tools, operations, verbs, methods, hosts, paths, agentIds, agentNames, runtimeTypes);
    }

    @Override
    public String toString() {
        return "RuleMatch[tools=" + tools + ", operations=" + operations + ", verbs=" + verbs + ", methods="
                + methods + ", hosts=" + hosts + ", paths=" + paths + ", agentIds=" + agentIds + ", agentNames="
                + agentNames + ", runtimeTypes=" + runtimeTypes + "]";
    }
}
