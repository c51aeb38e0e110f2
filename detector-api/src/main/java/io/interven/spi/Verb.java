package io.interven.spi;

/** What a recognized operation does to the remote system, independent of the HTTP method used. */
public enum Verb {
    READ,
    WRITE,
    DELETE
}
