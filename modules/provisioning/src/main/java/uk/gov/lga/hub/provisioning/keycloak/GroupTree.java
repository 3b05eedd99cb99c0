package uk.gov.lga.hub.provisioning.keycloak;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.GroupResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The realm's groups, addressed by path ({@code /councils/E08000037/editors}). Every change is an "ensure": it
 * looks first and only does what is missing, so a change that failed half way is completed by running it again.
 */
public final class GroupTree {

    private static final int PAGE = 100;

    private final RealmResource realm;

    public GroupTree(RealmResource realm) {
        this.realm = realm;
    }

    public Optional<GroupRepresentation> find(String path) {
        try {
            return Optional.of(realm.getGroupByPath(path));
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    /** A top-level group, created if missing. */
    public Ensured<GroupRepresentation> ensureTopLevel(String name) {
        Optional<GroupRepresentation> found = find("/" + name);
        if (found.isPresent()) {
            return new Ensured<>(found.get(), false);
        }
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        try (Response response = realm.groups().add(group)) {
            return created(response, "/" + name);
        }
    }

    /**
     * The child group {@code name} of {@code parent}, created if missing, carrying {@code attributes} (other
     * attributes it already has are kept).
     */
    public Ensured<GroupRepresentation> ensureChild(
            GroupRepresentation parent, String name, Map<String, List<String>> attributes) {
        String path = parent.getPath() + "/" + name;
        Optional<GroupRepresentation> found = find(path);
        if (found.isPresent()) {
            return new Ensured<>(withAttributes(found.get(), attributes), false);
        }
        GroupRepresentation child = new GroupRepresentation();
        child.setName(name);
        child.setAttributes(new HashMap<>(attributes));
        try (Response response = realm.groups().group(parent.getId()).subGroup(child)) {
            return created(response, path);
        }
    }

    /** Maps the realm role onto the group unless it is mapped already. */
    public void ensureRealmRole(GroupRepresentation group, String roleName) {
        var roles = realm.groups().group(group.getId()).roles().realmLevel();
        if (roles.listAll().stream().anyMatch(r -> r.getName().equals(roleName))) {
            return;
        }
        // The roles the provisioner may map, read from the group: needs no right to read the realm's roles.
        RoleRepresentation role = roles.listAvailable().stream()
                .filter(r -> r.getName().equals(roleName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Realm role " + roleName + " is missing from the realm or the provisioner may not map it"));
        roles.add(List.of(role));
    }

    /** The group's direct members. */
    public List<UserRepresentation> members(GroupRepresentation group) {
        GroupResource resource = realm.groups().group(group.getId());
        List<UserRepresentation> members = new ArrayList<>();
        List<UserRepresentation> page;
        do {
            page = resource.members(members.size(), PAGE, true);
            members.addAll(page);
        } while (page.size() == PAGE);
        return members;
    }

    private GroupRepresentation withAttributes(GroupRepresentation group, Map<String, List<String>> wanted) {
        Map<String, List<String>> current = group.getAttributes() == null ? Map.of() : group.getAttributes();
        boolean missing = wanted.entrySet().stream().anyMatch(e -> !e.getValue().equals(current.get(e.getKey())));
        if (!missing) {
            return group;
        }
        Map<String, List<String>> merged = new HashMap<>(current);
        merged.putAll(wanted);
        group.setAttributes(merged);
        realm.groups().group(group.getId()).update(group);
        return group;
    }

    /** Reads the new group back; a 409 means a concurrent caller created it first, which is just as good. */
    private Ensured<GroupRepresentation> created(Response response, String path) {
        if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
            return new Ensured<>(
                    find(path)
                            .orElseThrow(() -> new IllegalStateException(
                                    "Keycloak reported " + path + " as existing but it cannot be found")),
                    false);
        }
        CreatedResponseUtil.getCreatedId(response);
        return new Ensured<>(
                find(path)
                        .orElseThrow(() ->
                                new IllegalStateException("Keycloak created " + path + " but it cannot be found")),
                true);
    }
}
