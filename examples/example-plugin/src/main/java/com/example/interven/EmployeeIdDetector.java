package com.example.interven;

import io.interven.spi.Configurable;
import io.interven.spi.DataClasses;
import io.interven.spi.Detector;
import io.interven.spi.Finding;
import io.interven.spi.PluginSettings;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pf4j.Extension;

/**
 * Finds Example Corp employee ids such as {@code EMP-204518} and reports them as PII. The prefix is a setting:
 * {@code plugins.config.example-employee-ids.prefix} in the gateway's config.yml, 2 to 8 upper-case letters,
 * {@code EMP} when not set.
 */
@Extension
public class EmployeeIdDetector implements Detector, Configurable {
    static final String DEFAULT_PREFIX = "EMP";
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,8}");

    /**
     * Set once by configure(), which the gateway calls before any call reaches detect(); detect() runs for every
     * field of every call, on many threads, so the pattern is compiled here and never per call.
     */
    private String marker = DEFAULT_PREFIX + "-";
    private Pattern employeeId = idPattern(DEFAULT_PREFIX);

    @Override
    public void configure(PluginSettings settings) {
        settings.rejectUnknownKeys("prefix");                          // a typo stops start-up, naming the key
        String prefix = settings.string("prefix", DEFAULT_PREFIX);
        if (!PREFIX.matcher(prefix).matches()) {
            throw settings.invalid("prefix", "must be 2 to 8 upper-case letters");   // never quote the value
        }
        marker = prefix + "-";
        employeeId = idPattern(prefix);
    }

    @Override
    public String id() {
        return "example-employee-ids";
    }

    @Override
    public List<Finding> detect(ScanField field) {
        if (!field.text().contains(marker)) {
            return List.of();                                   // cheap pre-check before the regex
        }
        List<Finding> findings = new ArrayList<>();
        Matcher m = employeeId.matcher(field.text());
        while (m.find()) {
            findings.add(field.finding("EMPLOYEE_ID", DataClasses.PII, m.start(), m.end(), 0.9, "employee-id"));
        }
        return findings;
    }

    private static Pattern idPattern(String prefix) {
        return Pattern.compile("\\b" + prefix + "-\\d{6}\\b");
    }
}
