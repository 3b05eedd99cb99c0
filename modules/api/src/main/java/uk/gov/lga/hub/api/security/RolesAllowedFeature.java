package uk.gov.lga.hub.api.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Enforces {@link RolesAllowed} on resource methods (or their class) with the roles from the token, portably:
 * no token gives 401, a token without one of the roles gives 403. Both end as problem documents.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        allowedRoles(resourceInfo)
                .ifPresent(roles -> context.register(
                        (ContainerRequestFilter) request -> {
                            SecurityContext security = request.getSecurityContext();
                            if (security.getUserPrincipal() == null) {
                                throw new NotAuthorizedException("Bearer");
                            }
                            if (!allows(roles, security.getUserPrincipal(), security::isUserInRole)) {
                                throw new ForbiddenException("Your role does not allow this.");
                            }
                        },
                        Priorities.AUTHORIZATION));
    }

    /** The roles a resource method allows: its own {@link RolesAllowed} or its class's; empty for anyone. */
    public static Optional<Set<String>> allowedRoles(ResourceInfo resourceInfo) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return Optional.empty();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resourceInfo.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return Optional.ofNullable(allowed).map(a -> Set.of(a.value()));
    }

    /**
     * Whether the principal has one of the roles. A verified token's roles are its groups (MicroProfile JWT's
     * mapping, and the roles {@link JwtCallers} gives the application), read from the token itself: asking the
     * container goes through Jakarta Authorization's policy on every request (13% of a kept answer in JFR).
     */
    private static boolean allows(Set<String> roles, Principal principal, Predicate<String> inRole) {
        if (principal instanceof JsonWebToken jwt) {
            Set<String> groups = jwt.getGroups();
            return groups != null && roles.stream().anyMatch(groups::contains);
        }
        return roles.stream().anyMatch(inRole);
    }
}
