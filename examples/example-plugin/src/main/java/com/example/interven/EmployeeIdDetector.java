package com.example.interven;

import io.interven.spi.DataClasses;
import io.interven.spi.Detector;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pf4j.Extension;

/** Finds Example Corp employee ids such as {@code EMP-204518} and reports them as PII. */
@Extension
public class EmployeeIdDetector implements Detector {
    /** Compiled once: detect() runs for every field of every call, on many threads. */
    private static final Pattern EMPLOYEE_ID = Pattern.compile("\\bEMP-\\d{6}\\b");

    @Override
    public String id() {
        return "example-employee-ids";
    }

    @Override
    public List<Finding> detect(ScanField field) {
        if (!field.text().contains("EMP-")) {
            return List.of();                                   // cheap pre-check before the regex
        }
        List<Finding> findings = new ArrayList<>();
        Matcher m = EMPLOYEE_ID.matcher(field.text());
        while (m.find()) {
            findings.add(field.finding("EMPLOYEE_ID", DataClasses.PII, m.start(), m.end(), 0.9, "employee-id"));
        }
        return findings;
    }
}
