package uk.gov.lga.hub.importer.text;

import java.util.function.IntUnaryOperator;

/**
 * Where a search (for a closing mark, the end of a run) first succeeds from a place, remembered: asked again from a
 * later place that is still before that answer, or after a search that found nothing, the answer is the same, so
 * the text is not read again. Scanners that ask from places moving forward thus read their text once: what keeps
 * a text with a thousand openings and no closing from costing a thousand readings.
 */
public final class NextIndex {

    private final IntUnaryOperator search;
    private int searchedFrom = Integer.MAX_VALUE;
    private int found;

    /** {@code search} gives the first index at or after its argument where it succeeds, or -1. */
    public NextIndex(IntUnaryOperator search) {
        this.search = search;
    }

    public int from(int from) {
        if (from < searchedFrom || found >= 0 && found < from) {
            searchedFrom = from;
            found = search.applyAsInt(from);
        }
        return found;
    }

    /** Java's line terminators, where '.' in a regular expression stops: the first at or after {@code from}. */
    public static int lineTerminator(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if ("\n\r\u0085\u2028\u2029".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
