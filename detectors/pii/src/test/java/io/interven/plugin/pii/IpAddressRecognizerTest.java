package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressRecognizerTest {
    private final RecognizerProbe probe = new RecognizerProbe(new IpAddressRecognizer(), "IP_ADDRESS");

    @ParameterizedTest
    @ValueSource(strings = {"106.11.156.141", "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "223.255.255.254",
            "2a00:1450:4001:82b::200e", "2001:4860:4860::8888", "2606:4700:4700:0:0:0:0:1111",
            "6e40:4041:c617:e898:c11:40d2:c669:2eb4", "::ffff:8.8.4.4"})
    void findsPublicAddresses(String address) {
        probe.findsIn(address, "%s", "suspicious login from %s, blocked", "client_ip=%s",
                "{\"last_login_ip\": \"%s\"}");
    }

    @Test
    void findsAnAddressWithItsPort() {
        assertThat(probe.found("upstream 106.11.156.141:8443 refused")).containsExactly("106.11.156.141");
        assertThat(probe.found("see [2a00:1450:4001:82b::200e]:443")).containsExactly("2a00:1450:4001:82b::200e");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "10.0.0.1", "10.255.255.255", "172.16.5.4", "172.31.255.255", "192.168.1.10", // private
            "127.0.0.1", "169.254.1.1", "100.64.0.1", "100.127.255.254", "0.0.0.0", "0.1.2.3", // loopback, local
            "192.0.2.44", "198.51.100.7", "203.0.113.9", "198.18.0.1", // documentation, benchmarking
            "224.0.0.251", "239.255.255.250", "240.1.2.3", "255.255.255.255", // multicast, reserved, broadcast
            "::1", "::", "fe80::1ff:fe23:4567:890a", "fd12:3456:789a::1", "2001:db8::1",
            "2001:0db8:85a3::8a2e:370:7334",
            "ff02::1", "::ffff:192.168.0.1", "3fff:0:1::1", // IPv6 non-public
            "version 1.2.3.4", "build 20.14.0.1", "v1.2.3.4", "Chrome/120.0.6099.109", "1.3.6.1.4.1.311", // not IPs
            "256.1.1.1", "1.2.3", "01.02.03.04", "52.0.0.0/8", "8.8.8.8.8", "8.8.8.8-beta", "x8.8.8.8",
            "std::vector<int>", "a::b", "12:30:45", "00:1a:2b:3c:4d:5e", "2025-02-10T09:47:10.426Z",
            "a1:b2::c3:d4:e5:f6:a7:b8:c9",
            "f0a7157a-edab-4d5d-a4a6-9fd50a652b4f", "9adc013709aa8932c1062bd4d3c50d686e696316",
    })
    void ignoresNonPublicAddressesAndLookalikes(String text) {
        assertThat(probe.found(text)).isEmpty();
    }

    @Test
    void classifiesAddressBlocks() {
        assertThat(Ipv4Address.parse("8.8.8.8").isPublic()).isTrue();
        assertThat(Ipv4Address.parse("172.15.255.255").isPublic()).isTrue();
        assertThat(Ipv4Address.parse("172.16.0.0").isPublic()).isFalse();
        assertThat(Ipv4Address.parse("1.2.3.256")).isNull();
        assertThat(Ipv6Address.parse("2001:db9::1").isPublic()).isTrue();
        assertThat(Ipv6Address.parse("1:2:3:4:5:6:7:8:9")).isNull();
        assertThat(Ipv6Address.parse("1::2::3")).isNull();
        assertThat(Ipv6Address.parse("12345::1")).isNull();
    }
}
