package io.interven.spi;

/** Where in the outbound call a scannable text field came from. */
public enum FieldLocation {
    /** The whole URL the agent calls. */
    URL,
    /** One value of the URL's query string. */
    QUERY,
    /** One request header value. */
    HEADER,
    /** A string (or a key) inside the request body, at any depth and decoding layer. */
    BODY
}
