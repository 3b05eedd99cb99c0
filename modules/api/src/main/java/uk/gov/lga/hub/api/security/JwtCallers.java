package uk.gov.lga.hub.api.security;

import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.domain.council.CouncilCode;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * Turns a verified bearer token into a {@link Caller}. The council and region come only from the token's claims,
 * which Keycloak fills from the user's council or region group.
 */
public final class JwtCallers {

    static final String COUNCIL_CLAIM = "council";
    static final String REGION_CLAIM = "region";

    private JwtCallers() {}

    /** Empty when the request carried no verified bearer token. */
    public static Optional<Caller> callerOf(JsonWebToken jwt) {
        if (jwt == null || jwt.getRawToken() == null) {
            return Optional.empty();
        }
        Set<String> roles = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
        Optional<CouncilCode> council = Caller.councilOf(Optional.ofNullable(jwt.<Object>getClaim(COUNCIL_CLAIM))
                .map(JwtCallers::text)
                .orElse(null));
        Optional<Region> region = Optional.ofNullable(jwt.<Object>getClaim(REGION_CLAIM))
                .map(JwtCallers::text)
                .flatMap(JwtCallers::regionOf);
        return Optional.of(new Caller(jwt.getName(), roles, council, region));
    }

    /** Claims arrive as JSON-P values or plain strings depending on the implementation. */
    private static String text(Object claim) {
        String value = claim.toString();
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    private static Optional<Region> regionOf(String code) {
        try {
            return Optional.of(Region.fromCode(code));
        } catch (DomainRuleViolation unknown) {
            return Optional.empty();
        }
    }
}
