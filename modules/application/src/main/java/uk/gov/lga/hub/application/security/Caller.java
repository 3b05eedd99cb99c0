package uk.gov.lga.hub.application.security;

import java.util.Optional;
import java.util.Set;
import uk.gov.lga.hub.domain.council.CouncilCode;
import uk.gov.lga.hub.domain.region.Region;

/**
 * Who is asking, as the identity provider vouched for it: never taken from a path or a query parameter.
 *
 * @param username    the preferred user name
 * @param roles       realm roles
 * @param councilCode the council the user belongs to (council users only)
 * @param region      the region a principal adviser covers
 */
@RequestDerived
public record Caller(String username, Set<String> roles, Optional<CouncilCode> councilCode, Optional<Region> region) {

    public static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), Optional.empty(), Optional.empty());

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isLgaStaff() {
        return hasRole(Role.LGA_ADMIN) || hasRole(Role.PEER_CHALLENGE_MANAGER);
    }

    public boolean isCouncilUser() {
        return hasRole(Role.COUNCIL_EDITOR) || hasRole(Role.COUNCIL_VIEWER);
    }

    public boolean belongsTo(String code) {
        return isCouncilUser()
                && councilCode.map(CouncilCode::value).filter(code::equals).isPresent();
    }

    public boolean advises(Region councilRegion) {
        return hasRole(Role.PRINCIPAL_ADVISER)
                && region.filter(councilRegion::equals).isPresent();
    }

    /** A council claim as a token or session carries it: a council only when it is a council code, else none. */
    public static Optional<CouncilCode> councilOf(String claim) {
        return Optional.ofNullable(claim).filter(CouncilCode::isValid).map(CouncilCode::of);
    }
}
