package uk.gov.lga.hub.provisioning.council;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.representations.idm.GroupRepresentation;
import uk.gov.lga.hub.domain.council.CouncilCode;
import uk.gov.lga.hub.provisioning.Checkpoint;
import uk.gov.lga.hub.provisioning.NotFound;
import uk.gov.lga.hub.provisioning.keycloak.Ensured;
import uk.gov.lga.hub.provisioning.keycloak.GroupTree;

/**
 * A council in Keycloak: the group {@code /councils/<code>} carrying the attributes {@code council} and
 * {@code council_name} (which the token mappers read through its subgroups), and one subgroup per role carrying the
 * realm role.
 */
public final class CouncilGroups {

    static final String ROOT = "councils";
    /** Where a test may fail onboarding: the council's group exists, its subgroups do not yet. */
    public static final String AFTER_COUNCIL_GROUP = "after-council-group";

    private final GroupTree groups;

    public CouncilGroups(GroupTree groups) {
        this.groups = groups;
    }

    /** The path under which all councils' groups are. */
    public static String family() {
        return "/" + ROOT;
    }

    public static String path(CouncilCode code) {
        return family() + "/" + code;
    }

    /**
     * Makes sure the council's groups exist as they should. Each part is ensured on its own, so this both repeats
     * harmlessly and completes an onboarding that failed half way.
     */
    public Onboarding onboard(CouncilCode code, String name, Checkpoint checkpoint) {
        GroupRepresentation root = groups.ensureTopLevel(ROOT).value();
        Ensured<GroupRepresentation> council = groups.ensureChild(
                root,
                code.value(),
                Map.of(
                        "council", List.of(code.value()),
                        "council_name", List.of(name)));
        checkpoint.reached(AFTER_COUNCIL_GROUP);
        boolean created = council.created();
        for (CouncilRole role : CouncilRole.values()) {
            Ensured<GroupRepresentation> subgroup = groups.ensureChild(council.value(), role.subgroup(), Map.of());
            groups.ensureRealmRole(subgroup.value(), role.realmRole());
            created |= subgroup.created();
        }
        return new Onboarding(path(code), created);
    }

    /** The council's group, or a refusal if the council has not been onboarded. */
    public GroupRepresentation council(CouncilCode code) {
        return groups.find(path(code)).orElseThrow(() -> notOnboarded(code));
    }

    /** The subgroup that gives the role; only a fully onboarded council has it. */
    public GroupRepresentation subgroup(CouncilCode code, CouncilRole role) {
        return find(code, role).orElseThrow(() -> notOnboarded(code));
    }

    public Optional<GroupRepresentation> find(CouncilCode code, CouncilRole role) {
        return groups.find(path(code) + "/" + role.subgroup());
    }

    private static NotFound notOnboarded(CouncilCode code) {
        return new NotFound("Council " + code + " is not onboarded; PUT /councils/" + code + " first.");
    }

    /**
     * @param created whether this call had to create any of the council's groups (false when it was all there)
     */
    public record Onboarding(String group, boolean created) {}
}
