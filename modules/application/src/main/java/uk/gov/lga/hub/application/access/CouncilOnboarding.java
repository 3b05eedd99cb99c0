package uk.gov.lga.hub.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.application.audit.AuditLog;
import uk.gov.lga.hub.application.calendar.CalendarSubscriptions;
import uk.gov.lga.hub.application.council.CouncilSummary;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilRepository;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * An LGA administrator brings a council into the service and manages who may act for it. Each change runs in one
 * transaction with its audit entry and the identity provider call last: if Keycloak fails, the transaction rolls
 * back and nothing is written here; Keycloak's side is idempotent, so calling again completes it. A council the
 * register added is given its Keycloak group here too, the first time anyone manages its people.
 */
@ApplicationScoped
public class CouncilOnboarding {

    @Inject
    CouncilDataScope scope;

    @Inject
    CouncilRepository councils;

    @Inject
    IdentityProvisioning identity;

    @Inject
    AuditLog audit;

    @Inject
    CalendarSubscriptions calendars;

    public record NewCouncil(String code, String name, CouncilType type, String region) {}

    public record Onboarded(CouncilSummary council, boolean created) {}

    public Onboarded onboard(Caller caller, NewCouncil request) {
        Tenant tenant = Tenant.administrationOf(caller, request.code());
        Council wanted = new Council(request.code(), request.name(), request.type(), Region.fromCode(request.region()));
        return scope.call(tenant, () -> {
            Optional<Council> existing = councils.findByCode(wanted.code());
            existing.ifPresent(council -> DomainRuleViolation.require(
                    sameCouncil(council, wanted),
                    "council-already-onboarded",
                    council.code() + " is already onboarded as " + council.name() + " (" + council.type() + ", "
                            + council.region().displayName() + ")."));
            if (existing.isEmpty()) {
                councils.add(wanted);
                audit.record(tenant, "council.onboarded", "council " + wanted.code(), null, CouncilSummary.of(wanted));
            }
            identity.ensureCouncil(wanted.code(), wanted.name());
            existing.ifPresent(Council::identityGroupMade);
            return new Onboarded(CouncilSummary.of(existing.orElse(wanted)), existing.isEmpty());
        });
    }

    public List<IdentityProvisioning.Member> members(Caller caller, String councilCode) {
        Tenant tenant = Tenant.administrationOf(caller, councilCode);
        return scope.call(tenant, () -> {
            requireOnboarded(councilCode);
            return identity.members(councilCode);
        });
    }

    /** Returns whether a new account was created (an existing one keeps its details and password). */
    public boolean grant(
            Caller caller,
            String councilCode,
            String username,
            IdentityProvisioning.CouncilRole role,
            IdentityProvisioning.Person person) {
        Tenant tenant = Tenant.administrationOf(caller, councilCode);
        return scope.call(tenant, () -> {
            requireOnboarded(councilCode);
            audit.record(tenant, "access.granted", "user " + username, null, role.roleName());
            return identity.grantCouncilRole(councilCode, username, role, person);
        });
    }

    public void revoke(Caller caller, String councilCode, String username) {
        Tenant tenant = Tenant.administrationOf(caller, councilCode);
        scope.call(tenant, () -> {
            requireOnboarded(councilCode);
            audit.record(tenant, "access.revoked", "user " + username, null, null);
            calendars.revokeAllOf(username);
            identity.revokeCouncilAccess(councilCode, username);
            return null;
        });
    }

    /**
     * The council, with its identity provider group made if it has none yet: a council the register added gets its
     * group on first use, once (recorded on the council), not all of them when the register is loaded.
     */
    private void requireOnboarded(String councilCode) {
        Council council = councils.findByCode(councilCode)
                .orElseThrow(() -> new NotFound("There is no council with code " + councilCode + "."));
        if (!council.identityGroupReady()) {
            identity.ensureCouncil(council.code(), council.name());
            council.identityGroupMade();
        }
    }

    private static boolean sameCouncil(Council a, Council b) {
        return a.name().equals(b.name()) && a.type() == b.type() && a.region() == b.region();
    }
}
