package uk.gov.lga.hub.application.fakes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.lga.hub.application.access.IdentityProviderFailure;
import uk.gov.lga.hub.application.access.IdentityProvisioning;

/** The identity provider, as calls it was asked to make; it can be told to fail as Keycloak might. */
public final class RecordingIdentityProvisioning implements IdentityProvisioning {

    private final List<String> calls = new ArrayList<>();
    private final Map<String, List<Member>> members = new HashMap<>();
    /** User names with an account: the first grant creates it, later ones find it. */
    private final Set<String> accounts = new HashSet<>();

    private final Map<String, List<Member>> advisers = new HashMap<>();
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
        return List.copyOf(members.getOrDefault(councilCode, List.of()));
    }

    @Override
    public boolean grantCouncilRole(String councilCode, String username, CouncilRole role, Person person) {
        call("grant " + councilCode + " " + username + " " + role.roleName());
        boolean created = accounts.add(username);
        List<Member> ofCouncil = members.computeIfAbsent(councilCode, c -> new ArrayList<>());
        ofCouncil.removeIf(m -> m.username().equals(username));
        ofCouncil.add(member(username, role.roleName(), person));
        return created;
    }

    @Override
    public void revokeCouncilAccess(String councilCode, String username) {
        call("revoke " + councilCode + " " + username);
        members.getOrDefault(councilCode, new ArrayList<>())
                .removeIf(m -> m.username().equals(username));
    }

    @Override
    public boolean assignRegion(String regionCode, String username, Person person) {
        call("assignRegion " + regionCode + " " + username);
        boolean created = accounts.add(username);
        advisers.values().forEach(list -> list.removeIf(m -> m.username().equals(username)));
        advisers.computeIfAbsent(regionCode, r -> new ArrayList<>()).add(member(username, "principal-adviser", person));
        return created;
    }

    @Override
    public void removeRegion(String regionCode, String username) {
        call("removeRegion " + regionCode + " " + username);
        advisers.getOrDefault(regionCode, new ArrayList<>())
                .removeIf(m -> m.username().equals(username));
    }

    @Override
    public List<Member> advisers(String regionCode) {
        call("advisers " + regionCode);
        return List.copyOf(advisers.getOrDefault(regionCode, List.of()));
    }

    @Override
    public Optional<Member> person(String username) {
        call("person " + username);
        return java.util.stream.Stream.concat(
                        members.values().stream().flatMap(List::stream),
                        advisers.values().stream().flatMap(List::stream))
                .filter(m -> m.username().equals(username))
                .map(m -> new Member(m.username(), null, m.email(), m.firstName(), m.lastName()))
                .findFirst();
    }

    private static Member member(String username, String role, Person person) {
        return person == null
                ? new Member(username, role, null, null, null)
                : new Member(username, role, person.email(), person.firstName(), person.lastName());
    }
}
