package io.interven.plugin.signals.intel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The domains of catalogue tools ({@code catalogue-domains.txt}): for each, the name a look-alike imitates and
 * every domain the company genuinely uses.
 *
 * @param imitated the domain each name stands for ({@code slack} to {@code slack.com})
 * @param genuine  every genuine domain, the imitated ones included
 */
record CatalogueDomains(Map<String, String> imitated, List<String> genuine) {
    static final String RESOURCE = "catalogue-domains.txt";

    static CatalogueDomains builtIn() {
        try (InputStream in = CatalogueDomains.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CatalogueDomains read(BufferedReader reader) throws IOException {
        Map<String, String> imitated = new LinkedHashMap<>();
        List<String> genuine = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty()) {
                continue;
            }
            String[] domains = text.split("\\s+");
            String name = domains[0].substring(0, domains[0].indexOf('.'));
            imitated.putIfAbsent(name, domains[0]);
            genuine.addAll(List.of(domains));
        }
        return new CatalogueDomains(Map.copyOf(imitated), List.copyOf(genuine));
    }
}
