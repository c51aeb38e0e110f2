package io.interven.gateway.architecture;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tables one SQL statement writes ({@code INSERT INTO}, {@code UPDATE}, {@code DELETE FROM}) and reads. */
record SqlTables(Set<String> written, Set<String> read) {
    private static final Pattern WRITTEN = Pattern.compile(
            "\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern READ = Pattern.compile("\\b(?:FROM|JOIN)\\s+([A-Za-z_][A-Za-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    static SqlTables of(String sql) {
        return new SqlTables(names(WRITTEN.matcher(sql)), names(READ.matcher(sql)));
    }

    private static Set<String> names(Matcher matcher) {
        Set<String> names = new TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
