package io.interven.plugin.signals.encoded;

/**
 * A long run of encoded characters found in a text.
 *
 * @param encoding what the run is written in ({@code base64}, {@code hex}, ...)
 * @param length   how many encoded characters it has (line breaks inside it not counted)
 */
record EncodedRun(String encoding, int length) {

    /** A size bucket for a signal's detail: never the exact size, never the content. */
    String sizeBucket() {
        if (length < 4 * 1024) {
            return "under 4 KB";
        }
        if (length < 64 * 1024) {
            return "4 to 64 KB";
        }
        return "over 64 KB";
    }
}
