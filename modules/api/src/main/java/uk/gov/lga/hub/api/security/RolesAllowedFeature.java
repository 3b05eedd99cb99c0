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
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@link RolesAllowed} on resource methods (or their class) with the roles from the token, portably:
 * no token gives 401, a token without one of the roles gives 403. Both end as problem documents.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resourceInfo.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            String[] roles = allowed.value();
            context.register(
                    (ContainerRequestFilter) request -> {
                        if (request.getSecurityContext().getUserPrincipal() == null) {
                            throw new NotAuthorizedException("Bearer");
                        }
                        if (Arrays.stream(roles).noneMatch(request.getSecurityContext()::isUserInRole)) {
                            throw new ForbiddenException("Your role does not allow this.");
                        }
                    },
                    Priorities.AUTHORIZATION);
        }
    }
}
