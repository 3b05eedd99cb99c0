package uk.gov.lga.hub.provisioning.region;

import java.util.Comparator;
import java.util.List;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import uk.gov.lga.hub.provisioning.NotFound;
import uk.gov.lga.hub.provisioning.keycloak.Ensured;
import uk.gov.lga.hub.provisioning.keycloak.GroupTree;
import uk.gov.lga.hub.provisioning.user.Member;
import uk.gov.lga.hub.provisioning.user.UserAccounts;
import uk.gov.lga.hub.provisioning.user.UserDetails;

/**
 * Principal advisers: the group {@code /regions/<region>} gives the role and the {@code region} attribute. The
 * nine regions are reference data in the realm; the provisioner never creates one. An adviser covers one region.
 */
public final class RegionAdvisers {

    private static final String FAMILY = "/regions";

    private final GroupTree groups;
    private final UserAccounts users;

    public RegionAdvisers(GroupTree groups, UserAccounts users) {
        this.groups = groups;
        this.users = users;
    }

    /** The region's advisers (normally one), with their details. */
    public List<Member> of(RegionCode region) {
        return groups.members(group(region)).stream()
                .map(user -> Member.of(user, "principal-adviser"))
                .sorted(Comparator.comparing(Member::username))
                .toList();
    }

    /** Makes the user (created if new) the adviser for this region, and for no other. */
    public Appointment appoint(RegionCode region, UserDetails details) {
        GroupRepresentation group = group(region);
        Ensured<UserRepresentation> user = users.findOrCreate(details);
        users.joinOnly(user.value(), group, FAMILY);
        return new Appointment(details.username(), region.value(), user.created());
    }

    /** Takes the region away from the user; the account stays. Nothing to do is fine. */
    public void release(RegionCode region, String username) {
        group(region);
        users.find(username).ifPresent(user -> users.leaveAll(user, FAMILY + "/" + region));
    }

    private GroupRepresentation group(RegionCode region) {
        return groups.find(FAMILY + "/" + region).orElseThrow(() -> new NotFound("There is no region " + region + "."));
    }

    public record Appointment(String username, String region, boolean createdUser) {}
}
