package io.interven.plugin.signals.intel;

/**
 * Why a destination is on a block list: the list it comes from (the default list, or a configured file by its
 * name) and what the entry says it is (a category such as {@code paste site}, or the kind of entry).
 */
record Listing(String list, String label) {

    /** For a signal's detail: never the destination, only the list and the label. */
    String describe() {
        String where = list.equals(BlockList.DEFAULT_LIST) ? "the default list" : "list " + list;
        return "destination is on " + where + " (" + label + ")";
    }
}
