package io.interven.plugin.signals.principals;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.PluginSettings;
import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link OwnOrganisation} looks a principal up in sets built once per settings instance ({@link OwnOrganisations}).
 * The reference below is the reading it replaced, every own value compared in turn; both must agree on random
 * lists and principals, and a changed list (a new settings instance) must be read, never an earlier one's answer.
 */
class OwnOrganisationTest {
    private static final List<String> LABELS = List.of("acme", "eu", "mail", "example", "com", "xn--bcher-kva", "a",
            "");
    private static final List<String> KINDS = List.of(PrincipalKinds.EMAIL, PrincipalKinds.DOMAIN,
            PrincipalKinds.GITHUB_ORG, PrincipalKinds.SLACK_WORKSPACE, PrincipalKinds.JIRA_SITE, PrincipalKinds.PHONE);

    @Test
    void answersAsComparingEveryOwnValueInTurn() {
        Random random = new Random(1207);
        for (int round = 0; round < 3_000; round++) {
            Map<String, Object> own = Map.of(
                    "email_domains", names(random), "domains", names(random), "github_orgs", names(random),
                    "slack_workspaces", names(random), "jira_sites", names(random));
            PluginSettings settings = PluginSettings.of(Map.of("own", own));
            OwnOrganisation organisation = OwnOrganisation.of(settings);
            for (int i = 0; i < 30; i++) {
                String kind = KINDS.get(random.nextInt(KINDS.size()));
                String name = name(random) + (random.nextInt(5) == 0 ? "." : "");
                if (random.nextInt(6) == 0) {
                    name = name.toUpperCase(java.util.Locale.ROOT);
                } else if (random.nextInt(8) == 0) {
                    name = "bücher." + name;
                }
                if (name.isBlank()) {
                    continue;
                }
                Principal principal = Principal.of(kind, kind.equals(PrincipalKinds.EMAIL) ? "ana@" + name : name);
                assertThat(organisation.owns(principal)).as("%s among %s", principal, own)
                        .isEqualTo(referenceOwns(settings.section(OwnOrganisation.SECTION), principal));
            }
        }
    }

    @Test
    void aLongListIsReadByLookUp() {
        List<String> domains = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            domains.add("team-" + i + ".example");
        }
        OwnOrganisation organisation = OwnOrganisation.of(PluginSettings.of(Map.of("own",
                Map.of("email_domains", domains))));

        assertThat(organisation.owns(Principal.of(PrincipalKinds.EMAIL, "ana@eu.mail.team-999.example"))).isTrue();
        assertThat(organisation.owns(Principal.of(PrincipalKinds.EMAIL, "ana@team-999.example"))).isTrue();
        assertThat(organisation.owns(Principal.of(PrincipalKinds.EMAIL, "ana@team-1000.example"))).isFalse();
        assertThat(organisation.owns(Principal.of(PrincipalKinds.EMAIL, "ana@evilteam-999.example"))).isFalse();
    }

    @Test
    void eachSettingsInstanceIsReadForItselfAndKeptForItself() {
        OwnOrganisations organisations = new OwnOrganisations();
        PluginSettings before = PluginSettings.of(Map.of("own", Map.of("email_domains", List.of("acme.example"))));
        PluginSettings after = PluginSettings.of(Map.of("own", Map.of("email_domains", List.of("other.example"))));
        Principal ana = Principal.of(PrincipalKinds.EMAIL, "ana@acme.example");

        OwnOrganisation first = organisations.of(before);
        assertThat(organisations.of(before)).isSameAs(first);
        assertThat(first.owns(ana)).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(organisations.of(after).owns(ana)).isFalse();
            assertThat(organisations.of(before).owns(ana)).isTrue();
        }
        List<PluginSettings> many = new ArrayList<>();
        for (int i = 0; i < OwnOrganisations.SLOTS * 4; i++) {
            many.add(PluginSettings.of(Map.of("own", Map.of("email_domains", List.of("t" + i + ".example")))));
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < many.size(); i++) {
                OwnOrganisation organisation = organisations.of(many.get(i));
                assertThat(organisation.owns(Principal.of(PrincipalKinds.EMAIL, "x@t" + i + ".example"))).isTrue();
                assertThat(organisation.owns(Principal.of(PrincipalKinds.EMAIL, "x@t" + (i + 1) + ".example")))
                        .isFalse();
            }
        }
    }

    private static List<String> names(Random random) {
        List<String> names = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = name(random);
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder(LABELS.get(random.nextInt(LABELS.size())));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            name.append('.').append(LABELS.get(random.nextInt(LABELS.size())));
        }
        return name.toString();
    }

    /** The reading before sets: every own value of the principal's kind compared in turn. */
    private static boolean referenceOwns(PluginSettings own, Principal principal) {
        String setting = OwnOrganisation.SETTING_OF_KIND.get(principal.kind());
        if (setting == null) {
            return false;
        }
        List<String> values = own.list(setting);
        String organisation = principal.organisation();
        if (!PrincipalKinds.EMAIL.equals(principal.kind()) && !PrincipalKinds.DOMAIN.equals(principal.kind())) {
            return values.contains(organisation);
        }
        String domain = OwnOrganisation.asciiDomain(organisation);
        for (String value : values) {
            if (domain.equals(value) || domain.endsWith("." + value)) {
                return true;
            }
        }
        return false;
    }
}
