package io.interven.plugin.signals.intel;

import io.interven.spi.HostPattern;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
            imitatedBySkeleton.putIfAbsent(Skeleton.of(entry.getKey()), entry.getValue());
            for (String suffix : GLUED_SUFFIXES) {
                imitatedByGlued.putIfAbsent(entry.getKey() + suffix, entry.getValue());
                imitatedByGlued.putIfAbsent(entry.getKey() + "-" + suffix, entry.getValue());
            }
        }
    }

    /** The catalogue domain the host imitates; empty when none (or when the host is genuine). */
    Optional<String> imitatedBy(String host, String sharedHostingSuffix) {
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
        for (Map.Entry<String, String> entry : imitatedByName.entrySet()) {
            if (OneEdit.slipOf(unicode, entry.getKey()) || OneEdit.slipOf(skeleton, Skeleton.of(entry.getKey()))) {
                return Optional.of(entry.getValue());
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
}
