package uk.gov.lga.hub.application.access;

import java.util.List;

/**
 * Who may sign in as what, kept in the identity provider (Keycloak groups and roles). Every operation is
 * idempotent, so a call that failed part-way is completed by calling it again. Implemented outside the
 * application's class path (the provisioner process), because Keycloak's admin client clashes with it.
 */
public interface IdentityProvisioning {

    /** The council's group with its editors and viewers subgroups. */
    void ensureCouncil(String councilCode, String councilName);

    List<Member> members(String councilCode);

    /** Creates the user if needed and makes them the council's editor or viewer, and nothing elsewhere. */
    void grantCouncilRole(String councilCode, String username, CouncilRole role, Person person);

    void revokeCouncilAccess(String councilCode, String username);

    void assignRegion(String regionCode, String username, Person person);

    void removeRegion(String regionCode, String username);

    enum CouncilRole {
        COUNCIL_EDITOR("council-editor"),
        COUNCIL_VIEWER("council-viewer");

        private final String roleName;

        CouncilRole(String roleName) {
            this.roleName = roleName;
        }

        public String roleName() {
            return roleName;
        }
    }

    record Member(String username, String role) {}

    /** @param initialPassword only where no e-mail can be sent (development); null otherwise */
    record Person(String email, String firstName, String lastName, String initialPassword) {}
}
