package uk.gov.lga.hub.provisioning.council;

import java.util.Arrays;
import java.util.stream.Collectors;
import uk.gov.lga.hub.provisioning.InvalidInput;

/** What a council's user may do, given by the council's subgroup they are in, which carries the realm role. */
public enum CouncilRole {
    EDITOR("council-editor", "editors"),
    VIEWER("council-viewer", "viewers");

    private final String realmRole;
    private final String subgroup;

    CouncilRole(String realmRole, String subgroup) {
        this.realmRole = realmRole;
        this.subgroup = subgroup;
    }

    public static CouncilRole of(String realmRole) {
        return Arrays.stream(values())
                .filter(r -> r.realmRole.equals(realmRole))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("'role' must be one of "
                        + Arrays.stream(values()).map(CouncilRole::realmRole).collect(Collectors.joining(", "))
                        + (realmRole == null ? "." : ", not '" + realmRole + "'.")));
    }

    public String realmRole() {
        return realmRole;
    }

    public String subgroup() {
        return subgroup;
    }
}
