package uk.gov.lga.hub.application.security;

/** The realm roles managed in Keycloak; they reach the service in the token's {@code groups} claim. */
public final class Role {

    public static final String LGA_ADMIN = "lga-admin";
    public static final String PEER_CHALLENGE_MANAGER = "peer-challenge-manager";
    public static final String PRINCIPAL_ADVISER = "principal-adviser";
    public static final String COUNCIL_EDITOR = "council-editor";
    public static final String COUNCIL_VIEWER = "council-viewer";
    public static final String PEER = "peer";

    private Role() {}
}
