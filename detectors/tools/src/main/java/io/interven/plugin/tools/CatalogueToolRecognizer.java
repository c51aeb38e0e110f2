package io.interven.plugin.tools;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.ToolRecognizer;
import java.util.Optional;
import java.util.function.Supplier;
import org.pf4j.Extension;

/**
 * Recognizes calls to well-known SaaS APIs from the built-in catalogue ({@code tool-catalogue.txt}):
 * host + HTTP method + path template give tool, operation and verb; GraphQL endpoints are classified by the
 * request's documents; any other call to a vendor's host is that vendor's {@code http_<method>}.
 * Unknown destinations give empty. A match names the call's principals (recipients, repository owner, workspace,
 * site) when the catalogue's tool addresses someone ({@link CallPrincipals}).
 */
@Extension
public class CatalogueToolRecognizer implements ToolRecognizer {
    private final ToolCatalogue catalogue;

    public CatalogueToolRecognizer() {
        this(ToolCatalogue.builtIn());
    }

    CatalogueToolRecognizer(ToolCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String id() {
        return "catalogue";
    }

    @Override
    public Optional<ToolMatch> recognize(OutboundCall call) {
        return recognize(call, () -> "");
    }

    @Override
    public Optional<ToolMatch> recognize(OutboundCall call, Supplier<String> body) {
        Supplier<String> once = new OnceText(body);
        return catalogue.lookup(call, once).map(match -> CallPrincipals.named(call, match, once));
    }
}
