package uk.gov.lga.hub.application.search;

import java.util.Optional;
import java.util.Set;

/**
 * Whose words a search may find besides what was published, decided by the application from the caller's verified
 * roles (never from the request). The index reads it as the transaction-local {@code app.readable_councils} that the
 * council index's row-level-security policy checks.
 *
 * @param everyCouncil LGA staff: every council's records
 * @param councils     the councils whose records the caller may read (their own, or an adviser's region)
 * @param peer         a peer's user name: the shared records of the challenges whose team they are on
 */
public record SearchReaders(boolean everyCouncil, Set<String> councils, Optional<String> peer) {

    /** The public: what was published, nothing else. */
    public static final SearchReaders PUBLIC = new SearchReaders(false, Set.of(), Optional.empty());

    public SearchReaders {
        councils = Set.copyOf(councils);
    }

    public boolean isPublic() {
        return !everyCouncil && councils.isEmpty() && peer.isEmpty();
    }

    /** The value of {@code app.readable_councils}: {@code *}, or council codes joined by commas (empty: none). */
    public String setting() {
        return everyCouncil ? "*" : String.join(",", councils.stream().sorted().toList());
    }
}
