package uk.gov.lga.hub.application.access;

import java.util.List;
import java.util.Optional;

/**
 * Who may sign in as what, kept in the identity provider (Keycloak groups and roles). Every operation is
 * idempotent, so a call that failed part-way is completed by calling it again. Implemented outside the
 * application's class path (the provisioner process), because Keycloak's admin client clashes with it.
 */
public interface IdentityProvisioning {

    /** The council's group with its editors and viewers subgroups. */
    void ensureCouncil(String councilCode, String councilName);

    List<Member> members(String councilCode);

    /**
     * Creates the user if needed and makes them the council's editor or viewer, and nothing elsewhere.
     *
     * @return whether the account was created by this call (else it kept its own details and password)
     */
    boolean grantCouncilRole(String councilCode, String username, CouncilRole role, Person person);

    void revokeCouncilAccess(String councilCode, String username);

    /** As {@link #grantCouncilRole}, for a region's principal adviser; returns whether the account is new. */
    boolean assignRegion(String regionCode, String username, Person person);

    void removeRegion(String regionCode, String username);

    /** The region's principal advisers (normally one). */
    List<Member> advisers(String regionCode);

    /** A person's contact details (role empty), if there is such a user: to reach people who are not signed in. */
    Optional<Member> person(String username);

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

    /** Someone holding a place (a council's role, a region), with their details as the identity provider has them. */
    record Member(String username, String role, String email, String firstName, String lastName) {

        /** The name people know them by: first and last name, else the user name. */
        public String name() {
            String name = (blankless(firstName) + " " + blankless(lastName)).strip();
            return name.isEmpty() ? username : name;
        }

        private static String blankless(String part) {
            return part == null ? "" : part.strip();
        }
    }

    /**
     * Who a new account is created for; an existing account keeps its own details and password.
     *
     * @param initialPassword null where the person sets their own; else given to them by whoever gave access
     * @param temporaryPassword whether the identity provider makes them change it at their first sign-in
     */
    record Person(String email, String firstName, String lastName, String initialPassword, boolean temporaryPassword) {

        /** A permanent password, or none: for development and scripts. */
        public Person(String email, String firstName, String lastName, String initialPassword) {
            this(email, firstName, lastName, initialPassword, false);
        }

        /** An administrator gives the person a first password, which they must change when they first sign in. */
        public static Person withFirstPassword(String email, String firstName, String lastName, String password) {
            return new Person(email, firstName, lastName, password, true);
        }

        /** Never logged or audited with its password. */
        @Override
        public String toString() {
            return "Person[" + email + "]";
        }
    }
}
