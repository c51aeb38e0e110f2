package io.interven.gateway.resources;

import io.interven.gateway.request.OptionalWhitespace;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which {@code Accept} and {@code Content-Type} headers {@link DirectScanFilter} answers without Jersey: only those
 * for which Jersey's content negotiation has one plain outcome (answer JSON, read the body as it is). Anything
 * else (a quality value, parameters, a type Jersey might refuse or parse differently) goes to Jersey.
 */
final class DirectScanNegotiation {
    /** The header value nearly every client sends, answered without a regular expression. */
    private static final String JSON = "application/json";
    private static final Pattern PLAIN_MEDIA_TYPE =
            Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+/[A-Za-z0-9!#$%&'*+.^_`|~-]+");
    private static final Pattern JSON_CONTENT_TYPE =
            Pattern.compile("application/json(\\s*;\\s*charset=(utf-8|\"utf-8\"))?");

    private DirectScanNegotiation() {
    }

    /** True when {@code accept} is absent or lists plain media types only, one of which JSON satisfies. */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.equals("*/*") || accept.equals(JSON)) {
            return true;
        }
        boolean json = false;
        for (String part : accept.split(",", -1)) {
            String type = OptionalWhitespace.strip(part);
            if (!PLAIN_MEDIA_TYPE.matcher(type).matches()) {
                return false;
            }
            String lower = type.toLowerCase(Locale.ROOT);
            json |= lower.equals("application/json") || lower.equals("application/*") || lower.equals("*/*");
        }
        return json;
    }

    /** True when {@code contentType} is absent or JSON (in UTF-8, when a character set is named). */
    static boolean sendsJson(String contentType) {
        return contentType == null || contentType.equals(JSON) || JSON_CONTENT_TYPE.matcher(
                OptionalWhitespace.strip(contentType).toLowerCase(Locale.ROOT)).matches();
    }
}
