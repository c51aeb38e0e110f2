package io.interven.plugin.tools;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The ordered list of catalogue entries; the first entry that covers a call names it. */
final class ToolCatalogue {
    static final String BUILT_IN_RESOURCE = "tool-catalogue.txt";

    private final List<CatalogueEntry> entries;

    ToolCatalogue(List<CatalogueEntry> entries) {
        this.entries = List.copyOf(entries);
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
        for (CatalogueEntry entry : entries) {
            if (entry.covers(call)) {
                return Optional.of(entry.match());
            }
        }
        return Optional.empty();
    }

    int size() {
        return entries.size();
    }
}
