package io.interven.gateway.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.PluginSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnPrincipalsTest {

    @Test
    void signalsSeeTheListsAsTheSectionOwn() {
        OwnPrincipals own = OwnPrincipals.of(List.of(new OwnPrincipalRow("email_domains", "acme.com"),
                new OwnPrincipalRow("email_domains", "acme.io"), new OwnPrincipalRow("github_orgs", "acme")));

        PluginSettings settings = own.asSignalSettings().section("own");

        assertThat(settings.list("email_domains")).containsExactly("acme.com", "acme.io");
        assertThat(settings.list("github_orgs")).containsExactly("acme");
        assertThat(settings.has("domains")).as("an empty list is left out").isFalse();
        assertThat(own.lists()).containsOnlyKeys(OwnPrincipalKinds.SETTINGS);
    }

    @Test
    void noPrincipalsAreNoSettings() {
        assertThat(OwnPrincipals.none().asSignalSettings().isEmpty()).isTrue();
        assertThat(new OwnPrincipals(Map.of("email_domains", List.of())).isEmpty()).isTrue();
    }
}
