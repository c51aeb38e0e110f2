package io.interven.plugin.signals.intel;

import io.interven.spi.HostPattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds hosts that imitate a catalogue tool's domain. The host's registrable name (the label before its public
 * suffix, or before the shared-hosting suffix the gateway found) is compared with each tool's name:
 * <ul>
 *   <li>the same skeleton ({@link Skeleton}): {@code s1ack}, {@code rnailchimp}, {@code git-hub}, a punycode
 *       label whose Unicode form is made of look-alike letters ({@code xn--slck-...} with a Cyrillic {@code а});</li>
 *   <li>one typing slip away ({@link OneEdit}): {@code githuh}, {@code slakc}, {@code sendgird};</li>
 *   <li>the name with its top-level domain glued on: {@code slack-com.net}, {@code githubcom.io};</li>
 *   <li>the name itself under another suffix: {@code github.co}, {@code openai.xyz};</li>
 * </ul>
 * and a genuine domain followed by more labels ({@code github.com.evil.io}) imitates it too. A host at or under any
 * genuine domain of the company, or under a domain the operator allows, never counts; nor does an IP address.
 */
final class Lookalikes {
    private static final Set<String> SECOND_LEVEL_LABELS = Set.of("co", "com", "net", "org", "gov", "edu", "ac",
            "or", "ne", "go", "gob", "ltd", "plc", "nic", "mil", "gen", "biz", "info");
    private static final List<String> GLUED_SUFFIXES = List.of("com", "net", "org", "io", "app", "dev", "co", "ai",
            "so");

    private final Map<String, String> imitatedByName;
    private final Map<String, String> imitatedBySkeleton = new HashMap<>();
    private final Map<String, String> imitatedByGlued = new HashMap<>();
    /**
     * The answers so far by host and shared-hosting suffix: agents call the same few hosts again and again, and a
     * host that imitates nothing is compared with every name. An answer depends on those two alone. At most
     * {@value #HOSTS_KEPT} are kept, all forgotten at once beyond, so that made-up hosts cannot grow it; a host or
     * suffix longer than a host name can be ({@value #LONGEST_KEPT} characters) is judged but not kept, so that the
     * kept answers hold a few megabytes at most.
     */
    static final int HOSTS_KEPT = 10_000;
    static final int LONGEST_KEPT = 253;
    private final Map<Asked, Optional<String>> answered = new ConcurrentHashMap<>();
    /** Each imitated name with its skeleton and domain, in the order of {@link #imitatedByName}. */
    private final List<ImitatedName> names = new ArrayList<>();
    private final Set<String> genuineDomains;
    private final Set<String> imitatedDomains;

    Lookalikes(CatalogueDomains catalogue, Collection<String> allowed) {
        this.imitatedByName = catalogue.imitated();
        this.genuineDomains = new HashSet<>(catalogue.genuine());
        for (String domain : allowed) {
            genuineDomains.add(HostPattern.canonicalHost(domain).orElse(domain));
        }
        this.imitatedDomains = new HashSet<>(catalogue.imitated().values());
        for (Map.Entry<String, String> entry : imitatedByName.entrySet()) {
            String skeleton = Skeleton.of(entry.getKey());
            names.add(new ImitatedName(entry.getKey(), skeleton, entry.getValue()));
            imitatedBySkeleton.putIfAbsent(skeleton, entry.getValue());
            for (String suffix : GLUED_SUFFIXES) {
                imitatedByGlued.putIfAbsent(entry.getKey() + suffix, entry.getValue());
                imitatedByGlued.putIfAbsent(entry.getKey() + "-" + suffix, entry.getValue());
            }
        }
    }

    /** The catalogue domain the host imitates; empty when none (or when the host is genuine). */
    Optional<String> imitatedBy(String host, String sharedHostingSuffix) {
        if (host == null || sharedHostingSuffix == null || host.length() > LONGEST_KEPT
                || sharedHostingSuffix.length() > LONGEST_KEPT) {
            return judge(host, sharedHostingSuffix);
        }
        Asked key = new Asked(host, sharedHostingSuffix);
        Optional<String> known = answered.get(key);
        if (known != null) {
            return known;
        }
        Optional<String> answer = judge(host, sharedHostingSuffix);
        if (answered.size() >= HOSTS_KEPT) {
            answered.clear();
        }
        answered.put(key, answer);
        return answer;
    }

    /** How many answers are kept now (for tests of the bound). */
    int answersKept() {
        return answered.size();
    }

    private Optional<String> judge(String host, String sharedHostingSuffix) {
        Optional<String> canonical = HostPattern.canonicalHost(host);
        if (canonical.isEmpty() || IpAddress.of(canonical.get()).isPresent() || isGenuine(canonical.get())) {
            return Optional.empty();
        }
        String name = canonical.get();
        String[] labels = name.split("\\.");
        Optional<String> prefixed = genuineDomainFollowedByMore(labels);
        if (prefixed.isPresent()) {
            return prefixed;
        }
        int registrable = registrableLabel(labels, sharedHostingSuffix);
        if (registrable < 0) {
            return Optional.empty();
        }
        return imitatedByLabel(labels[registrable]);
    }

    private Optional<String> imitatedByLabel(String label) {
        String exact = imitatedByName.get(label);
        if (exact != null) {
            return Optional.of(exact); // the name under a suffix that is not the company's
        }
        String glued = imitatedByGlued.get(label);
        if (glued != null) {
            return Optional.of(glued);
        }
        String skeleton = Skeleton.of(label);
        String looksLike = imitatedBySkeleton.get(skeleton);
        if (looksLike != null) {
            return Optional.of(looksLike);
        }
        String unicode = Skeleton.unicode(label);
        for (ImitatedName imitated : names) {
            if (OneEdit.slipOf(unicode, imitated.name()) || OneEdit.slipOf(skeleton, imitated.skeleton())) {
                return Optional.of(imitated.domain());
            }
        }
        return Optional.empty();
    }

    private boolean isGenuine(String host) {
        String name = host;
        while (true) {
            if (genuineDomains.contains(name)) {
                return true;
            }
            int dot = name.indexOf('.');
            if (dot < 0) {
                return false;
            }
            name = name.substring(dot + 1);
        }
    }

    /** {@code github.com.evil.io}, {@code api.github.com.evil.io}: a genuine domain with more labels after it. */
    private Optional<String> genuineDomainFollowedByMore(String[] labels) {
        for (int i = 0; i + 2 < labels.length; i++) {
            String twoLabels = labels[i] + "." + labels[i + 1];
            if (imitatedDomains.contains(twoLabels)) {
                return Optional.of(twoLabels);
            }
        }
        return Optional.empty();
    }

    /** The index of the registrable label, or -1 for a host of one label. */
    private static int registrableLabel(String[] labels, String sharedHostingSuffix) {
        int n = labels.length;
        if (sharedHostingSuffix != null && !sharedHostingSuffix.isEmpty()) {
            int suffixLabels = sharedHostingSuffix.split("\\.").length;
            return n - suffixLabels - 1;
        }
        if (n >= 3 && labels[n - 1].length() == 2 && SECOND_LEVEL_LABELS.contains(labels[n - 2])) {
            return n - 3;
        }
        return n - 2;
    }

    /** A catalogue name, its {@link Skeleton} (made once, not per call) and the domain it stands for. */
    private record ImitatedName(String name, String skeleton, String domain) {
    }

    /** A question {@link #imitatedBy} answered. */
    private record Asked(String host, String sharedHostingSuffix) {
    }
}
