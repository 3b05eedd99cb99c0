package uk.gov.lga.hub.domain.shared;

/**
 * How a council's rating of itself compares with its peers' rating of the same thing. Green is the best, red the
 * worst: a council that says green where the peers say amber rates itself greener.
 */
public enum RatingGap {
    SAME,
    COUNCIL_GREENER,
    COUNCIL_REDDER;

    /** The gap between the two ratings; null while either side has not rated (there is nothing to compare). */
    public static RatingGap between(Rag council, Rag peers) {
        if (council == null || peers == null) {
            return null;
        }
        int difference = Integer.compare(goodness(council), goodness(peers));
        return difference == 0 ? SAME : difference > 0 ? COUNCIL_GREENER : COUNCIL_REDDER;
    }

    /** Spelled out rather than the enum's order, so reordering {@link Rag} cannot turn the rule round. */
    private static int goodness(Rag rag) {
        return switch (rag) {
            case RED -> 0;
            case AMBER -> 1;
            case GREEN -> 2;
        };
    }
}
