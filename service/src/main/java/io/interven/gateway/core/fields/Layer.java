package io.interven.gateway.core.fields;

import java.util.Map;

/**
 * A decoding of a text: how to read slots out of it (done by {@link LayerDecoder}) and how to write it back with
 * some of those slots changed, keeping the encoding and everything that did not change.
 */
public sealed interface Layer permits SplicedLayer, UrlEncodedLayer, Base64Layer, BasicAuthLayer, HexLayer,
        Base32Layer, Base85Layer, UuencodeLayer, HtmlEntityLayer, BackslashEscapeLayer, InvisibleCarrierLayer,
        DataUriLayer, QuotedPrintableLayer, ReversedLayer {

    /** The slot's text again, with {@code replaced} child texts (by child path) in place of the originals. */
    String rebuild(TextSlot slot, Map<String, String> replaced);
}
