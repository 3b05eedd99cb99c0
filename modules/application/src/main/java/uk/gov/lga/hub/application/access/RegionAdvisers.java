package uk.gov.lga.hub.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import uk.gov.lga.hub.application.calendar.CalendarSubscriptions;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.region.Region;

/**
 * Gives a principal adviser their region, or takes it away (with their calendar subscription addresses). Regions are
 * not council data: logged, not audited.
 */
@ApplicationScoped
public class RegionAdvisers {

    private static final Logger LOG = Logger.getLogger(RegionAdvisers.class.getName());

    @Inject
    IdentityProvisioning identity;

    @Inject
    CalendarSubscriptions calendars;

    public List<IdentityProvisioning.Member> advisers(Caller caller, String regionCode) {
        requireAdmin(caller);
        return identity.advisers(Region.fromCode(regionCode).code());
    }

    /** Returns whether a new account was created (an existing one keeps its details and password). */
    public boolean assign(Caller caller, String regionCode, String username, IdentityProvisioning.Person person) {
        requireAdmin(caller);
        boolean created = identity.assignRegion(Region.fromCode(regionCode).code(), username, person);
        LOG.info(() -> caller.username() + " made " + username + " principal adviser for " + regionCode);
        return created;
    }

    public void remove(Caller caller, String regionCode, String username) {
        requireAdmin(caller);
        identity.removeRegion(Region.fromCode(regionCode).code(), username);
        // After Keycloak said yes: a failure there leaves the adviser, and their calendar addresses, as they were.
        calendars.revokeAllOf(username);
        LOG.info(() -> caller.username() + " removed " + username + " as principal adviser for " + regionCode);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.hasRole(Role.LGA_ADMIN)) {
            throw new AccessDenied("Only an LGA administrator gives advisers their region.");
        }
    }
}
