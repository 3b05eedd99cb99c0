package uk.gov.lga.hub.domain.challenge;

import java.util.Collection;
import java.util.function.ToIntFunction;

/** Places in a challenge's ordered lists (its team, its recommendations). */
final class Places {

    private Places() {}

    /** After the last one there is: counting them would repeat a place once one has been removed. */
    static <T> int after(Collection<T> ordered, ToIntFunction<T> place) {
        return ordered.stream().mapToInt(place).max().orElse(0) + 1;
    }
}
