package io.interven.plugin.signals.intel;

/**
 * Whether a label is one typing slip away from a name: a letter swapped with its neighbour, dropped, doubled, or
 * replaced by a key next to it on a QWERTY keyboard ({@code githuh}: {@code b} and {@code h} are neighbours). For
 * names of seven letters or more any single insertion or replacement counts too. Linear in the label's length.
 */
final class OneEdit {
    private static final int ANY_EDIT_FROM = 7;
    private static final String[] KEYBOARD_NEIGHBOURS = {
        "qwsz", "vghn", "xdfv", "erfcxs", "wrsd", "rtgvcd", "tyhbvf", "yujnbg", "uojk", "uikmnh", "iolmj", "opk",
        "njk", "bhjm", "iplk", "ol", "wa", "etfd", "wedxza", "ryfg", "yihj", "cfgb", "qeas", "zsdc", "tuhg", "asx"};

    private OneEdit() {
    }

    static boolean slipOf(String label, String name) {
        int difference = label.length() - name.length();
        if (Math.abs(difference) > 1 || label.equals(name)) {
            return false;
        }
        int start = 0;
        while (start < Math.min(label.length(), name.length()) && label.charAt(start) == name.charAt(start)) {
            start++;
        }
        if (difference == 0) {
            return sameLengthSlip(label, name, start);
        }
        if (difference < 0) {
            return label.regionMatches(start, name, start + 1, name.length() - start - 1); // a letter dropped
        }
        // a letter added: the rest must follow the name exactly
        if (!label.regionMatches(start + 1, name, start, name.length() - start)) {
            return false;
        }
        char added = label.charAt(start);
        boolean doubled = start > 0 && label.charAt(start - 1) == added
                || start + 1 < label.length() && label.charAt(start + 1) == added;
        return doubled || name.length() >= ANY_EDIT_FROM;
    }

    private static boolean sameLengthSlip(String label, String name, int at) {
        if (at + 1 < label.length() && label.charAt(at) == name.charAt(at + 1) && label.charAt(at + 1) == name.charAt(at)
                && label.regionMatches(at + 2, name, at + 2, name.length() - at - 2)) {
            return true; // two neighbours swapped
        }
        if (!label.regionMatches(at + 1, name, at + 1, name.length() - at - 1)) {
            return false;
        }
        return name.length() >= ANY_EDIT_FROM || neighbours(label.charAt(at), name.charAt(at));
    }

    private static boolean neighbours(char a, char b) {
        return a >= 'a' && a <= 'z' && KEYBOARD_NEIGHBOURS[a - 'a'].indexOf(b) >= 0;
    }
}
