package uk.gov.lga.hub.domain.peer;

import java.util.List;
import java.util.stream.Collectors;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** A peer with conflicts of interest, added without an override: the conflicts, each with its reason. */
public class ConflictsOfInterest extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient List<ConflictOfInterest> conflicts;

    public ConflictsOfInterest(List<ConflictOfInterest> conflicts) {
        super(
                "peer-conflict-of-interest",
                conflicts.stream().map(ConflictOfInterest::detail).collect(Collectors.joining(" "))
                        + " Give a reason to add them all the same.");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<ConflictOfInterest> conflicts() {
        return conflicts;
    }
}
