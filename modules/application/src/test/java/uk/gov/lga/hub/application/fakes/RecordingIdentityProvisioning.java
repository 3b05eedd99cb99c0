package uk.gov.lga.hub.application.fakes;

import java.util.ArrayList;
import java.util.List;
import uk.gov.lga.hub.application.access.IdentityProviderFailure;
import uk.gov.lga.hub.application.access.IdentityProvisioning;

/** The identity provider, as calls it was asked to make; it can be told to fail as Keycloak might. */
public final class RecordingIdentityProvisioning implements IdentityProvisioning {

    private final List<String> calls = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private boolean failing;

    /** From now on every call fails, after it is recorded. */
    public void failFromNowOn() {
        failing = true;
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    private void call(String what) {
        calls.add(what);
        if (failing) {
            throw new IdentityProviderFailure("Keycloak is unavailable");
        }
    }

    @Override
    public void ensureCouncil(String councilCode, String councilName) {
        call("ensureCouncil " + councilCode);
    }

    @Override
    public List<Member> members(String councilCode) {
        call("members " + councilCode);
        return List.copyOf(members);
    }

    @Override
    public void grantCouncilRole(String councilCode, String username, CouncilRole role, Person person) {
        call("grant " + councilCode + " " + username + " " + role.roleName());
        members.add(new Member(username, role.roleName()));
    }

    @Override
    public void revokeCouncilAccess(String councilCode, String username) {
        call("revoke " + councilCode + " " + username);
        members.removeIf(m -> m.username().equals(username));
    }

    @Override
    public void assignRegion(String regionCode, String username, Person person) {
        call("assignRegion " + regionCode + " " + username);
    }

    @Override
    public void removeRegion(String regionCode, String username) {
        call("removeRegion " + regionCode + " " + username);
    }
}
