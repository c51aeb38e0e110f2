package io.interven.plugin.pii;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The regions whose national formats {@link PhoneNumberRecognizer} reads in a call: the call's region hints that
 * libphonenumber knows ({@code BR}, {@code JP}, {@code CH}, ... any of its regions), strongest first and at most
 * {@link io.interven.spi.DetectionContext#MAX_REGION_HINTS}, then the {@link #DEFAULT} regions. Without a hint the
 * list is {@link #DEFAULT}, as before hints existed. Each region costs one more pass of libphonenumber per run, so
 * the hints bound the cost: never more than three regions beyond the default ones.
 */
final class PhoneRegions {
    /** Regions whose national formats are always recognized; numbers written with {@code +} are found for all. */
    static final List<String> DEFAULT = List.of("US", "GB", "DE", "FR", "IN", "ES", "IT", "NL", "AU");
    private static final int MAX_HINTED = 3;
    private static final Set<String> KNOWN = PhoneNumberUtil.getInstance().getSupportedRegions();
    /** Hint lists repeat from call to call: how many answers are kept. */
    private static final int MAX_REMEMBERED = 1024;
    private static final Map<List<String>, List<String>> REMEMBERED = new ConcurrentHashMap<>();

    private PhoneRegions() {
    }

    /** The regions to read national numbers for, given the call's region hints (ISO 3166-1 alpha-2, upper case). */
    static List<String> of(List<String> hints) {
        if (hints.isEmpty()) {
            return DEFAULT;
        }
        List<String> known = REMEMBERED.get(hints);
        if (known != null) {
            return known;
        }
        List<String> regions = new ArrayList<>(DEFAULT.size() + MAX_HINTED);
        for (String hint : hints) {
            if (regions.size() < MAX_HINTED && KNOWN.contains(hint) && !regions.contains(hint)) {
                regions.add(hint);
            }
        }
        for (String region : DEFAULT) {
            if (!regions.contains(region)) {
                regions.add(region);
            }
        }
        List<String> answer = List.copyOf(regions);
        if (REMEMBERED.size() < MAX_REMEMBERED) {
            REMEMBERED.put(List.copyOf(hints), answer);
        }
        return answer;
    }
}
