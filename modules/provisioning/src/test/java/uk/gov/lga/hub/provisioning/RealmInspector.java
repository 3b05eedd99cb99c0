package uk.gov.lga.hub.provisioning;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import uk.gov.lga.hub.devstack.KeycloakServer;

/**
 * Looks at the realm as Keycloak's own administrator, independently of the provisioner's service account, to see
 * what the provisioner really left behind.
 */
final class RealmInspector {

    private RealmInspector() {}

    /** Each subgroup of the group at {@code path}, by name, with its realm roles. */
    static Map<String, List<String>> subgroupRoles(String path) {
        try (Keycloak admin = Keycloak.getInstance(
                RunningProvisioner.keycloakUrl(),
                "master",
                KeycloakServer.ADMIN_USER,
                KeycloakServer.ADMIN_PASSWORD,
                "admin-cli")) {
            var groups = admin.realm("lga").groups();
            GroupRepresentation parent = admin.realm("lga").getGroupByPath(path);
            Map<String, List<String>> roles = new TreeMap<>();
            for (GroupRepresentation child : groups.group(parent.getId()).getSubGroups(0, 100, true)) {
                roles.put(
                        child.getName(),
                        groups.group(child.getId()).roles().realmLevel().listAll().stream()
                                .map(RoleRepresentation::getName)
                                .sorted()
                                .toList());
            }
            return roles;
        }
    }

    /** The attributes of the group at {@code path}. */
    static Map<String, List<String>> attributes(String path) {
        try (Keycloak admin = Keycloak.getInstance(
                RunningProvisioner.keycloakUrl(),
                "master",
                KeycloakServer.ADMIN_USER,
                KeycloakServer.ADMIN_PASSWORD,
                "admin-cli")) {
            return new TreeMap<>(admin.realm("lga").getGroupByPath(path).getAttributes());
        }
    }

    /** How many groups named {@code name} there are directly under {@code parentPath}. */
    static long childrenNamed(String parentPath, String name) {
        try (Keycloak admin = Keycloak.getInstance(
                RunningProvisioner.keycloakUrl(),
                "master",
                KeycloakServer.ADMIN_USER,
                KeycloakServer.ADMIN_PASSWORD,
                "admin-cli")) {
            var groups = admin.realm("lga").groups();
            GroupRepresentation parent = admin.realm("lga").getGroupByPath(parentPath);
            return groups.group(parent.getId()).getSubGroups(0, 1000, true).stream()
                    .filter(g -> g.getName().equals(name))
                    .count();
        }
    }
}
