package io.interven.plugin.signals.principals;

import io.interven.plugin.signals.ConfiguredSignal;
import io.interven.spi.PluginSettings;
import io.interven.spi.Principal;
import io.interven.spi.ReasonCodes;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.Verb;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pf4j.Extension;

/**
 * Fires when a call that writes or deletes reaches a principal outside the tenant's own organisation
 * ({@link OwnOrganisation}): an e-mail to a customer's address, an issue opened in another organisation's
 * repository, a message to another Slack workspace. With no tenant settings every principal is outside. Senders
 * ({@code *_sender} kinds) are the call's own side and are not judged. The detail counts the outside principals by
 * kind and never names one.
 */
@Extension
public class ExternalPrincipalSignal extends ConfiguredSignal {
    static final String ID = "external-principal";
    static final double DEFAULT_WEIGHT = 0.2;
    private static final String SENDER_SUFFIX = "_sender";

    private final OwnOrganisations organisations = new OwnOrganisations();
    private volatile double weight = DEFAULT_WEIGHT;

    public ExternalPrincipalSignal() {
        super(ID);
    }

    /** Reads {@code external-principal.weight} (0 to 1, default 0.2) of the plugin's settings. */
    @Override
    protected void configureSection(PluginSettings section) {
        section.rejectUnknownKeys("weight");
        weight = weight(section, "weight", DEFAULT_WEIGHT);
    }

    @Override
    public Optional<SignalResult> evaluate(SignalContext context) {
        Verb verb = context.tool().verb();
        if (verb != Verb.WRITE && verb != Verb.DELETE) {
            return Optional.empty();
        }
        List<Principal> principals = context.tool().principals();
        if (principals.isEmpty()) {
            return Optional.empty();
        }
        List<Principal> judged = principals.stream().filter(p -> !p.kind().endsWith(SENDER_SUFFIX)).toList();
        if (judged.isEmpty()) {
            return Optional.empty();
        }
        OwnOrganisation organisation = organisations.of(context.tenantSettings());
        Map<String, Integer> outsideByKind = new TreeMap<>();
        for (Principal principal : judged) {
            if (!organisation.owns(principal)) {
                outsideByKind.merge(principal.kind(), 1, Integer::sum);
            }
        }
        if (outsideByKind.isEmpty()) {
            return Optional.empty();
        }
        int outside = outsideByKind.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder detail = new StringBuilder().append(outside).append(" of ").append(judged.size())
                .append(judged.size() == 1 ? " principal" : " principals")
                .append(" outside the tenant's organisation (");
        outsideByKind.forEach((kind, count) -> detail.append(count).append(' ').append(kind).append(", "));
        detail.setLength(detail.length() - 2);
        detail.append(')');
        return Optional.of(new SignalResult(ID, ReasonCodes.EXTERNAL_PRINCIPAL, weight, detail.toString()));
    }
}
