package io.interven.gateway.core;

import io.interven.spi.DetectionContext;
import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * The regions a call's data most likely belongs to ({@link DetectionContext#regionHints()}), computed once per call
 * before detection, strongest first:
 * <ol>
 *   <li>a country field of the body or query: a key that names a country ({@code country}, {@code country_code},
 *       {@code countryCode}, {@code billing_country}, ...) holding an ISO 3166 code ({@code DE}, {@code deu}) or an
 *       English country name ({@code Germany}, {@code United Kingdom}, a few common other spellings), or a
 *       {@code region}/{@code region_code} key holding a two-letter code ({@code "region": "us-east-1"} is not
 *       one);</li>
 *   <li>a locale field ({@code locale}, {@code lang}, {@code language}, {@code ui_locale}, ...) whose value has a
 *       region ({@code de-DE}, {@code pt_BR}, {@code en_US.UTF-8}; a bare {@code de} names a language, not a
 *       region);</li>
 *   <li>the destination host's country-code top-level domain ({@code .de}, {@code .co.uk}, {@code .com.br}),
 *       except the country codes sold as generic names ({@code .io}, {@code .ai}, {@code .co}, {@code .me},
 *       {@code .tv}, ...) unless under a national second level ({@code .com.co}).</li>
 * </ol>
 * At most {@link DetectionContext#MAX_REGION_HINTS}, without repeats. Only codes of ISO 3166-1 count
 * ({@code UK} is read as {@code GB}). A hint only tells detectors where to look; it is never a finding.
 */
public final class RegionHints {
    private static final Set<String> ISO_REGIONS = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = countryNames();
    /** Country-code top-level domains that are mostly registered as generic names. */
    private static final Set<String> GENERIC_CCTLDS = Set.of("ac", "ad", "ag", "ai", "as", "bz", "cc", "cd", "co",
            "cx", "dj", "fm", "gd", "gg", "gl", "gy", "im", "io", "la", "ly", "me", "ms", "nu", "pw", "sc", "sh", "so",
            "sr", "st", "su", "tk", "to", "tv", "vc", "vu", "ws");
    /** Second-level labels under which a country-code domain is national whatever its top level. */
    private static final Set<String> NATIONAL_SECOND_LEVELS = Set.of("com", "net", "org", "gov", "edu", "co", "ac",
            "or", "ne", "go", "gob", "gouv", "mil", "nic");
    private static final int MAX_KEY_LENGTH = 48;
    private static final int MAX_VALUE_LENGTH = 60;

    private RegionHints() {
    }

    /** The hints of a call to {@code host} whose texts are {@code fields} (as the detectors see them). */
    public static DetectionContext of(String host, List<ScanField> fields) {
        List<String> countries = new ArrayList<>();
        List<String> locales = new ArrayList<>();
        for (ScanField field : fields) {
            if (countries.size() >= DetectionContext.MAX_REGION_HINTS) {
                break;
            }
            String key = field.key();
            if (key == null || key.length() > MAX_KEY_LENGTH || field.path().endsWith("|key")
                    || field.path().endsWith("|name")
                    || field.location() != FieldLocation.BODY && field.location() != FieldLocation.QUERY) {
                continue;
            }
            String value = field.text().strip();
            if (value.length() < 2 || value.length() > MAX_VALUE_LENGTH) {
                continue;
            }
            KeyKind kind = KeyKind.of(key);
            String region = switch (kind) {
                case COUNTRY -> country(value);
                case REGION -> twoLetterCode(value);
                case LOCALE -> localeRegion(value);
                case OTHER -> null;
            };
            if (region != null) {
                addNew(kind == KeyKind.LOCALE ? locales : countries, region);
            }
        }
        List<String> hints = new ArrayList<>(countries);
        locales.forEach(region -> addNew(hints, region));
        String tld = hostRegion(host);
        if (tld != null) {
            addNew(hints, tld);
        }
        return new DetectionContext(hints.size() > DetectionContext.MAX_REGION_HINTS
                ? hints.subList(0, DetectionContext.MAX_REGION_HINTS) : hints);
    }

    /** What a field's key says its value is. */
    enum KeyKind {
        COUNTRY, REGION, LOCALE, OTHER;

        static KeyKind of(String key) {
            if (!containsAny(key)) {
                return OTHER;
            }
            String compact = compact(key);
            if (compact.endsWith("country") || compact.endsWith("countrycode") || compact.endsWith("countryiso")
                    || compact.endsWith("countryiso2") || compact.endsWith("countryalpha2")
                    || compact.endsWith("countryname")) {
                return COUNTRY;
            }
            if (compact.equals("region") || compact.equals("regioncode")) {
                return REGION;
            }
            if (compact.endsWith("locale") || compact.equals("lang") || compact.equals("language")
                    || compact.equals("languagecode") || compact.equals("langcode")) {
                return LOCALE;
            }
            return OTHER;
        }

        /** A cheap look before the key is compacted: most keys name none of these. */
        private static boolean containsAny(String key) {
            String lower = key.toLowerCase(Locale.ROOT);
            return lower.contains("countr") || lower.contains("region") || lower.contains("lang")
                    || lower.contains("locale");
        }
    }

    /** An ISO code or a country name, as a region code; null when the value is neither. */
    static String country(String value) {
        String code = code(value);
        if (code != null) {
            return code;
        }
        return BY_NAME.get(value.toLowerCase(Locale.ROOT));
    }

    /**
     * A two-letter ISO 3166-1 code (or {@code UK}) in either case; null otherwise. Three-letter values of a
     * {@code region} key are mostly airport or data-centre codes ({@code fra}, {@code iad}), never read as countries.
     */
    static String twoLetterCode(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.length() != 2 || !isLetters(upper)) {
            return null;
        }
        if (upper.equals("UK")) {
            return "GB";
        }
        return ISO_REGIONS.contains(upper) ? upper : null;
    }

    /** A two-letter ISO 3166-1 code (or {@code UK}) in either case, or a three-letter one; null otherwise. */
    static String code(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.length() == 2) {
            return twoLetterCode(upper);
        }
        if (upper.length() == 3 && isLetters(upper)) {
            return BY_NAME.get(upper.toLowerCase(Locale.ROOT));
        }
        return null;
    }

    /** The region of a locale ({@code de-DE}, {@code pt_BR}, {@code en_US.UTF-8}, {@code zh-Hant-TW}), or null. */
    static String localeRegion(String value) {
        String tag = value;
        int cut = indexOfAny(tag, ".@");
        if (cut >= 0) {
            tag = tag.substring(0, cut);
        }
        String[] parts = tag.split("[-_]", 4);
        if (parts.length < 2 || parts[0].length() < 2 || parts[0].length() > 3 || !isLetters(parts[0])) {
            return null;
        }
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.length() == 2 && isLetters(part)) {
                String upper = part.toUpperCase(Locale.ROOT);
                return ISO_REGIONS.contains(upper) ? upper : null;
            }
            if (part.length() != 4 || !isLetters(part)) {
                return null; // only a script (zh-Hant-TW) may stand between language and region
            }
        }
        return null;
    }

    /** The region of the host's country-code top-level domain, or null (generic ones, IP addresses, no TLD). */
    static String hostRegion(String host) {
        if (host == null) {
            return null;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String tld = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (tld.length() != 2 || !isLetters(tld)) {
            return null;
        }
        if (GENERIC_CCTLDS.contains(tld)) {
            int previous = name.lastIndexOf('.', dot - 1);
            String second = name.substring(previous + 1, dot).toLowerCase(Locale.ROOT);
            if (previous < 0 || !NATIONAL_SECOND_LEVELS.contains(second)) {
                return null;
            }
        }
        return code(tld);
    }

    private static void addNew(List<String> regions, String region) {
        if (!regions.contains(region)) {
            regions.add(region);
        }
    }

    private static String compact(String key) {
        StringBuilder compact = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                compact.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    private static boolean isLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** English country names and ISO alpha-3 codes (lower case) with their alpha-2 code, and common aliases. */
    private static Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        for (String region : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(region).build();
            names.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), region);
            try {
                String alpha3 = country.getISO3Country();
                if (!alpha3.isEmpty()) {
                    names.put(alpha3.toLowerCase(Locale.ROOT), region);
                }
            } catch (MissingResourceException unknown) {
                // a region without an alpha-3 code is named by its other forms
            }
        }
        String[][] aliases = {
                {"usa", "US"}, {"u.s.", "US"}, {"u.s.a.", "US"}, {"united states of america", "US"},
                {"america", "US"}, {"uk", "GB"}, {"u.k.", "GB"}, {"great britain", "GB"}, {"britain", "GB"},
                {"england", "GB"}, {"scotland", "GB"}, {"wales", "GB"}, {"northern ireland", "GB"},
                {"deutschland", "DE"}, {"brasil", "BR"}, {"españa", "ES"}, {"espana", "ES"}, {"méxico", "MX"},
                {"mexico", "MX"}, {"italia", "IT"}, {"nederland", "NL"}, {"the netherlands", "NL"},
                {"holland", "NL"}, {"schweiz", "CH"}, {"suisse", "CH"}, {"svizzera", "CH"}, {"österreich", "AT"},
                {"polska", "PL"}, {"česko", "CZ"}, {"czech republic", "CZ"}, {"south korea", "KR"},
                {"korea", "KR"}, {"republic of korea", "KR"}, {"russia", "RU"}, {"russian federation", "RU"},
                {"turkey", "TR"}, {"türkiye", "TR"}, {"viet nam", "VN"}, {"vietnam", "VN"}, {"ivory coast", "CI"},
                {"uae", "AE"}, {"україна", "UA"}, {"sverige", "SE"}, {"norge", "NO"}, {"danmark", "DK"},
                {"suomi", "FI"}, {"belgique", "BE"}, {"belgië", "BE"}, {"éire", "IE"}, {"nippon", "JP"},
                {"日本", "JP"}, {"中国", "CN"}, {"india", "IN"}, {"bharat", "IN"}, {"argentina", "AR"},
                {"perú", "PE"}, {"france", "FR"}, {"portugal", "PT"}, {"ελλάδα", "GR"}, {"magyarország", "HU"},
                {"românia", "RO"}};
        for (String[] alias : aliases) {
            names.put(alias[0], alias[1]);
        }
        return Map.copyOf(names);
    }
}
