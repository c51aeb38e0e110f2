package io.interven.gateway.core;

import io.interven.spi.Finding;
import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data findings of a call split into content and principals. A finding is a principal when it lies in the
 * field a recognized principal names (that path, or a layer decoded from it, such as {@code $.raw|base64} for the
 * message in {@code $.raw}) and its value IS that principal: the same address (ignoring case), the same telephone
 * digits. Anything else in such a field (a card number in a recipient's {@code name}, text around an address) is
 * content. Sanitizing redacts content and keeps principals, or the call would reach no one.
 */
public record PrincipalFindings(List<Finding> content, List<Finding> principals) {
    private static final char LAYER = '|';

    public PrincipalFindings {
        content = List.copyOf(content);
        principals = List.copyOf(principals);
    }

    public static PrincipalFindings split(List<Finding> data, List<Principal> named, List<ScanField> fields) {
        if (data.isEmpty() || named.isEmpty()) {
            return new PrincipalFindings(data, List.of());
        }
        List<Principal> addressed = named.stream().filter(p -> !p.path().isEmpty()).toList();
        if (addressed.isEmpty()) {
            return new PrincipalFindings(data, List.of());
        }
        Map<String, ScanField> fieldsByPath = new HashMap<>();
        fields.forEach(field -> fieldsByPath.putIfAbsent(field.path(), field));
        List<Finding> content = new ArrayList<>();
        List<Finding> principals = new ArrayList<>();
        for (Finding finding : data) {
            ScanField field = fieldsByPath.get(finding.path());
            boolean isPrincipal = field != null && finding.end() <= field.text().length()
                    && addressed.stream().anyMatch(p -> isThePrincipal(finding, field, p));
            (isPrincipal ? principals : content).add(finding);
        }
        return new PrincipalFindings(content, principals);
    }

    private static boolean isThePrincipal(Finding finding, ScanField field, Principal principal) {
        String path = finding.path();
        boolean inItsField = path.equals(principal.path())
                || path.startsWith(principal.path()) && path.charAt(principal.path().length()) == LAYER;
        if (!inItsField) {
            return false;
        }
        String value = field.text().substring(finding.start(), finding.end()).strip();
        return switch (principal.kind()) {
            case PrincipalKinds.PHONE, PrincipalKinds.PHONE_SENDER -> digits(value).equals(digits(principal.value()))
                    && !digits(value).isEmpty();
            default -> value.toLowerCase(Locale.ROOT).equals(principal.value());
        };
    }

    private static String digits(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
