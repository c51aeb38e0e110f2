package io.interven.plugin.tools;

import io.interven.spi.HostPattern;
import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The ordered catalogue: the first entry that covers a call names it; a call to a vendor's host that no entry
 * covers is that vendor's {@code http_<method>}; anything else is unknown (empty).
 */
final class ToolCatalogue {
    static final String BUILT_IN_RESOURCE = "tool-catalogue.txt";

    private final List<CatalogueEntry> entries;
    private final List<VendorHosts> vendors;

    ToolCatalogue(List<CatalogueEntry> entries, List<VendorHosts> vendors) {
        this.entries = List.copyOf(entries);
        this.vendors = List.copyOf(vendors);
    }

    ToolCatalogue(CatalogueFileParser.Parsed parsed) {
        this(parsed.entries(), parsed.vendors());
    }

    /** The catalogue shipped in this plugin's jar. */
    static ToolCatalogue builtIn() {
        try (InputStream in = ToolCatalogue.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("tool catalogue resource " + BUILT_IN_RESOURCE + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ToolCatalogue(CatalogueFileParser.parse(BUILT_IN_RESOURCE, text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN_RESOURCE, e);
        }
    }

    Optional<ToolMatch> lookup(OutboundCall call) {
        return lookup(call, () -> "");
    }

    Optional<ToolMatch> lookup(OutboundCall call, Supplier<String> body) {
        // the host canonicalized once for every pattern (a host that is no host name matches none: no catalogue
        // pattern is '*')
        String host = call.host() == null ? null : HostPattern.canonicalHost(call.host()).orElse(null);
        if (host == null) {
            return Optional.empty();
        }
        for (CatalogueEntry entry : entries) {
            if (entry.covers(call, host)) {
                return Optional.of(entry.match(call, body));
            }
        }
        for (VendorHosts vendor : vendors) {
            if (vendor.covers(call, host)) {
                return Optional.of(vendor.unnamedOperation(call));
            }
        }
        return Optional.empty();
    }

    int size() {
        return entries.size();
    }

    List<CatalogueEntry> entries() {
        return entries;
    }

    List<VendorHosts> vendors() {
        return vendors;
    }
}
