package uk.gov.lga.hub.ui.signin;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * Who is signed in to the UI, as the last validated tokens from Keycloak say (at sign-in, then at each recheck by
 * {@link SessionCheck}); kept in the HTTP session.
 *
 * @param idToken        kept only to end the Keycloak session on sign-out
 * @param signOutToken   a random value the sign-out form must send back, so no other site can sign the user out
 */
public record SignedInUser(
        String username,
        String displayName,
        Set<String> roles,
        String councilCode,
        String region,
        String idToken,
        String signOutToken)
        implements Serializable {

    public static final String SESSION_KEY = SignedInUser.class.getName();

    /** Who is signed in on this session, if anyone: the one place that reads it from the session. */
    public static java.util.Optional<SignedInUser> in(jakarta.servlet.http.HttpSession session) {
        return session == null
                ? java.util.Optional.empty()
                : java.util.Optional.ofNullable((SignedInUser) session.getAttribute(SESSION_KEY));
    }

    public void signInTo(jakarta.servlet.http.HttpSession session) {
        session.setAttribute(SESSION_KEY, this);
    }

    public Caller caller() {
        Optional<Region> adviserRegion;
        try {
            adviserRegion = Optional.ofNullable(region).map(Region::fromCode);
        } catch (DomainRuleViolation unknownRegion) {
            adviserRegion = Optional.empty();
        }
        return new Caller(username, roles, Caller.councilOf(councilCode), adviserRegion);
    }
}
