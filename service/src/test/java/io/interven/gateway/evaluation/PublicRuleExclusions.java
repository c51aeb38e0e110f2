package io.interven.gateway.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * corpus/public-rule-exclusions.tsv: the positive examples of the public rule examples that are not secrets under
 * the API contract, one a line: {@code key<TAB>reason}, where the key is a rule family (a case id without its last
 * part: {@code kingfisher:kingfisher.arn.1} for {@code kingfisher:kingfisher.arn.1:p0}) or a single case id.
 */
record PublicRuleExclusions(Map<String, String> reasons) {
    static final String FILE = "public-rule-exclusions.tsv";

    static PublicRuleExclusions read(Path file) throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 2 || columns[1].isBlank()) {
                throw new IllegalArgumentException(file + ": not family<TAB>reason: " + line);
            }
            if (reasons.put(columns[0].strip(), columns[1].strip()) != null) {
                throw new IllegalArgumentException(file + ": listed twice: " + columns[0]);
            }
        }
        return new PublicRuleExclusions(Map.copyOf(reasons));
    }

    static String familyOf(String caseId) {
        int last = caseId.lastIndexOf(':');
        return last < 0 ? caseId : caseId.substring(0, last);
    }

    /** The excluded families and cases. */
    Set<String> keys() {
        return reasons.keySet();
    }

    boolean excludes(String caseId) {
        return reasons.containsKey(caseId) || reasons.containsKey(familyOf(caseId));
    }
}
