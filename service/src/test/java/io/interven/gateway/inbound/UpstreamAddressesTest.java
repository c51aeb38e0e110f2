package io.interven.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpstreamAddressesTest {
    private final UpstreamAddresses strict = new UpstreamAddresses(false);
    private final UpstreamAddresses trusting = new UpstreamAddresses(true);

    @Test
    void linkLocalUnspecifiedAndMulticastAddressesAreNeverCalled() throws UnknownHostException {
        for (String host : List.of("169.254.169.254", "[fe80::1]", "fe80::a9fe:a9fe", "0.0.0.0", "[::]",
                "224.0.0.1", "[ff02::1]")) {
            assertThat(strict.refusal(host)).as(host).isPresent();
            assertThat(trusting.refusal(host)).as(host).isPresent();
        }
    }

    @Test
    void loopbackPrivateAndSharedAddressesOnlyWhenTheOperatorAllowsThem() throws UnknownHostException {
        for (String host : List.of("127.0.0.1", "127.8.9.10", "localhost", "[::1]", "10.1.2.3", "172.16.0.1",
                "172.31.255.255", "192.168.1.10", "100.64.0.1", "100.127.255.254", "[fd00::1]", "[fc12::5]")) {
            assertThat(strict.refusal(host)).as(host).isPresent();
            assertThat(trusting.refusal(host)).as(host).isEmpty();
        }
    }

    @Test
    void publicAddressesAreCalledAndTheirNeighboursAreNotMistakenForPrivateOnes() throws UnknownHostException {
        for (String host : List.of("8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1", "100.63.255.255",
                "192.169.0.1", "[2001:db8::1]", "[fe00::1]")) {
            assertThat(strict.refusal(host)).as(host).isEmpty();
        }
    }

    @Test
    void aHostThatDoesNotResolveIsUnknown() {
        assertThatThrownBy(() -> strict.refusal("no-such-host.invalid")).isInstanceOf(UnknownHostException.class);
    }
}
