package io.interven.plugin.signals.encoded;

import io.interven.plugin.signals.ConfiguredSignal;
import io.interven.plugin.signals.TenantWeight;
import io.interven.spi.FieldLocation;
import io.interven.spi.PluginSettings;
import io.interven.spi.ReasonCodes;
import io.interven.spi.ScanField;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Fires when a write to a destination outside the tool catalogue (tool {@code custom_proxy}) carries a large
 * encoded or high-entropy blob in its body or query: base64, base64url, hex, base32, compressed data in base64, or
 * any long run of dense random-looking characters ({@link EncodedRunFinder}). A recognized tool is never weighed
 * (a GitHub commit of a base64 file, an image in a data URL to Slack are normal), nor is a small token. The detail
 * names the encoding, a size bucket and the field path, never the content.
 *
 * <p>Settings, under {@code plugins.config.signals.encoded-payload}: {@code weight} (default 0.4) and
 * {@code min-length} (encoded characters, default 512), {@code high-entropy-bits} (bits per character from which
 * a long run of any printable characters counts, default 5.8).
 */
@Extension
public class EncodedPayloadSignal extends ConfiguredSignal {
    public static final String ID = "encoded-payload";
    static final String UNKNOWN_TOOL = "custom_proxy";
    static final double WEIGHT = 0.4;
    static final int MIN_LENGTH = 512;
    private static final int MAX_FIELDS_NAMED = 3;

    private double weight = WEIGHT;
    private EncodedRunFinder finder = new EncodedRunFinder(MIN_LENGTH, EncodedRunFinder.DENSE_ENTROPY);

    public EncodedPayloadSignal() {
        super(ID);
    }

    @Override
    protected void configureSection(PluginSettings settings) {
        settings.rejectUnknownKeys("weight", "min-length", "high-entropy-bits");
        double value = weight(settings, "weight", WEIGHT);
        int minLength = settings.integer("min-length", MIN_LENGTH);
        if (minLength < 64) {
            throw settings.invalid("min-length", "must be at least 64 characters");
        }
        double bits = settings.decimal("high-entropy-bits", EncodedRunFinder.DENSE_ENTROPY);
        if (bits < 4.5 || bits > 7) {
            throw settings.invalid("high-entropy-bits", "must be between 4.5 and 7 bits per character");
        }
        weight = value;
        finder = new EncodedRunFinder(minLength, bits);
    }

    @Override
    public Optional<SignalResult> evaluate(SignalContext context) {
        if (!UNKNOWN_TOOL.equals(context.tool().toolName()) || context.tool().verb() != Verb.WRITE) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        int more = 0;
        for (ScanField field : context.fields()) {
            if (field.location() != FieldLocation.BODY && field.location() != FieldLocation.QUERY) {
                continue;
            }
            Optional<EncodedRun> run = finder.longest(field.text());
            if (run.isPresent()) {
                if (found.size() < MAX_FIELDS_NAMED) {
                    found.add(run.get().encoding() + " blob " + run.get().sizeBucket() + " in " + field.path());
                } else {
                    more++;
                }
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String detail = String.join("; ", found) + (more > 0 ? " and " + more + " more" : "")
                + " sent to an unknown destination";
        return Optional.of(new SignalResult(ID, ReasonCodes.ENCODED_PAYLOAD,
                TenantWeight.of(context, ID, "weight", weight), detail));
    }
}
