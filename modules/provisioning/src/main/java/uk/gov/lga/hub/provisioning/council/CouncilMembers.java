package uk.gov.lga.hub.provisioning.council;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import uk.gov.lga.hub.domain.council.CouncilCode;
import uk.gov.lga.hub.provisioning.keycloak.Ensured;
import uk.gov.lga.hub.provisioning.keycloak.GroupTree;
import uk.gov.lga.hub.provisioning.user.Member;
import uk.gov.lga.hub.provisioning.user.UserAccounts;
import uk.gov.lga.hub.provisioning.user.UserDetails;

/** Who has access to a council's records, and as what. A user belongs to one council at most. */
public final class CouncilMembers {

    private final CouncilGroups councils;
    private final GroupTree groups;
    private final UserAccounts users;

    public CouncilMembers(CouncilGroups councils, GroupTree groups, UserAccounts users) {
        this.councils = councils;
        this.groups = groups;
        this.users = users;
    }

    public List<Member> of(CouncilCode code) {
        councils.council(code);
        List<Member> members = new ArrayList<>();
        for (CouncilRole role : CouncilRole.values()) {
            councils.find(code, role)
                    .ifPresent(subgroup ->
                            groups.members(subgroup).forEach(user -> members.add(Member.of(user, role.realmRole()))));
        }
        members.sort(Comparator.comparing(Member::username).thenComparing(Member::role));
        return members;
    }

    /**
     * Gives the user (created if new) the role at this council, and no place at any other council; calling it
     * again with the other role changes the role.
     */
    public Membership grant(CouncilCode code, CouncilRole role, UserDetails details) {
        GroupRepresentation subgroup = councils.subgroup(code, role);
        Ensured<UserRepresentation> user = users.findOrCreate(details);
        users.joinOnly(user.value(), subgroup, CouncilGroups.family());
        return new Membership(details.username(), code.value(), role.realmRole(), user.created());
    }

    /** Takes away the user's access to this council; the account stays. Nothing to do is fine. */
    public void revoke(CouncilCode code, String username) {
        councils.council(code);
        users.find(username).ifPresent(user -> users.leaveAll(user, CouncilGroups.path(code)));
    }

    public record Membership(String username, String council, String role, boolean createdUser) {}
}
