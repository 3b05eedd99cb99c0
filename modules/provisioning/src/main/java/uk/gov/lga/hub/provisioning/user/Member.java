package uk.gov.lga.hub.provisioning.user;

import org.keycloak.representations.idm.UserRepresentation;

/** A user holding a place (a council's role, a region), with who they are, so that an administrator can tell people apart. */
public record Member(String username, String role, String email, String firstName, String lastName) {

    public static Member of(UserRepresentation user, String role) {
        return new Member(user.getUsername(), role, user.getEmail(), user.getFirstName(), user.getLastName());
    }
}
