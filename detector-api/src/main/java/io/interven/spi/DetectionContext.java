package io.interven.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the gateway knows about a whole call that a detector, seeing one field at a time, cannot see itself
 * (since SPI 1.2.0). The gateway computes it once per call and hands the same instance to every field of the call
 * ({@link Detector#detect(ScanField, DetectionContext)}).
 *
 * @param regionHints the regions the call's data most likely belongs to, strongest first, as ISO 3166-1 alpha-2
 *                    codes in upper case ({@code DE}, {@code BR}, {@code GB}): from a country field of the body or
 *                    query ({@code "country": "Germany"}, {@code "country_code": "de"}), a locale field
 *                    ({@code "locale": "pt_BR"}), then the destination host's country-code top-level domain
 *                    ({@code api.example.de}). At most {@link #MAX_REGION_HINTS}, no repeats; empty when the call
 *                    names none. A hint says where to look (a phone number written in that region's national
 *                    format), never that a value is personal data.
 */
public record DetectionContext(List<String> regionHints) {
    /** The most region hints a context carries, so that a detector's cost per hint stays bounded. */
    public static final int MAX_REGION_HINTS = 3;

    private static final DetectionContext NONE = new DetectionContext(List.of());

    public DetectionContext {
        List<String> regions = new ArrayList<>();
        if (regionHints != null) {
            for (String region : regionHints) {
                String code = regionCode(region);
                if (!regions.contains(code)) {
                    regions.add(code);
                }
            }
        }
        if (regions.size() > MAX_REGION_HINTS) {
            throw new IllegalArgumentException("regionHints: at most " + MAX_REGION_HINTS + " regions");
        }
        regionHints = List.copyOf(regions);
    }

    /** The context of a call about which nothing is known: what a detector sees in its own tests. */
    public static DetectionContext none() {
        return NONE;
    }

    /** A context with these region hints (ISO 3166-1 alpha-2, any case), strongest first. */
    public static DetectionContext ofRegions(String... regions) {
        return new DetectionContext(List.of(regions));
    }

    private static String regionCode(String region) {
        Require.nonNull(region, "region hint");
        String code = region.toUpperCase(Locale.ROOT);
        if (code.length() != 2 || !isAsciiLetter(code.charAt(0)) || !isAsciiLetter(code.charAt(1))) {
            throw new IllegalArgumentException("a region hint is an ISO 3166-1 alpha-2 code (two letters)");
        }
        return code;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
