package uk.gov.lga.hub.application.tenancy;

import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.ChallengeAccess;
import uk.gov.lga.hub.application.security.CouncilAccess;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilCode;
import uk.gov.lga.hub.domain.region.Region;

/**
 * The council whose data a unit of work may touch, and whether it may change it. It can only be made from the
 * caller's verified token: a council user acts for the council in their {@code council} claim; LGA roles read
 * a council's data only through {@link #readerOf}, which checks the role (and an adviser's region).
 */
public final class Tenant {

    private final CouncilCode councilCode;
    private final boolean mayWrite;
    private final String actor;

    private Tenant(CouncilCode councilCode, boolean mayWrite, String actor) {
        this.councilCode = councilCode;
        this.mayWrite = mayWrite;
        this.actor = actor;
    }

    /** A council user acting for their own council; editors may write, viewers only read. */
    public static Tenant ownCouncilOf(Caller caller) {
        if (!caller.isCouncilUser() || caller.councilCode().isEmpty()) {
            throw new AccessDenied("Only a council's own users act for a council.");
        }
        return new Tenant(caller.councilCode().get(), caller.hasRole(Role.COUNCIL_EDITOR), caller.username());
    }

    /**
     * A council editor changing their own council's records about {@code council}'s challenge. Anyone else is
     * refused before any council data is touched: whoever may not read the council as if nothing were there (404),
     * viewers and the LGA's roles, who know the records exist, with 403.
     */
    public static Tenant writerFor(Caller caller, Council council) {
        CouncilAccess.requireDetail(caller, council);
        Tenant own = ownCouncilOf(caller);
        if (!own.councilCode.value().equals(council.code())) {
            throw new AccessDenied("You may read this council's records but not change them.");
        }
        own.requireWrite();
        return own;
    }

    /**
     * Whoever may read the council's records in detail (see {@link CouncilAccess}): its own users as themselves,
     * LGA staff and the adviser of its region read-only. National aggregates are another path.
     */
    public static Tenant readerOf(Caller caller, Council council) {
        return readerOf(caller, council.code(), council.region());
    }

    /** As {@link #readerOf(Caller, Council)}, from the council's code and region alone. */
    public static Tenant readerOf(Caller caller, String councilCode, Region region) {
        CouncilAccess.requireDetail(caller, councilCode, region);
        return caller.belongsTo(councilCode)
                ? ownCouncilOf(caller)
                : new Tenant(CouncilCode.of(councilCode), false, caller.username());
    }

    /** LGA administration acting on a council's records (onboarding, access), recorded in its trail. */
    public static Tenant administrationOf(Caller caller, String councilCode) {
        if (!caller.hasRole(Role.LGA_ADMIN)) {
            throw new AccessDenied("Only an LGA administrator manages councils and their users.");
        }
        return new Tenant(CouncilCode.of(councilCode), true, caller.username());
    }

    /** A peer challenge manager acting on a council's challenge: shared records, recorded in its trail. */
    public static Tenant managementOf(Caller caller, String councilCode) {
        ChallengeAccess.requireManager(caller);
        return new Tenant(CouncilCode.of(councilCode), true, caller.username());
    }

    /**
     * A challenge's peer team reading what its council shares with it in the workspace (the position statement,
     * the document pack): read-only. Only {@code PeerWorkspace} makes it, after finding the caller on the team and
     * the workspace open.
     */
    public static Tenant peerTeamReading(String councilCode, String actor) {
        return new Tenant(CouncilCode.of(councilCode), false, actor);
    }

    /** The service itself writing a council's records at start-up (the demo data); never reachable from a request. */
    public static Tenant startUp(String councilCode, String actor) {
        return new Tenant(CouncilCode.of(councilCode), true, actor);
    }

    /**
     * The service's daily reminders reading one council's records to decide who hears what: read-only, one
     * council at a time, so what it finds about a council can only be addressed to people of that council's
     * challenge (its own users, the challenge's manager, its region's adviser).
     */
    public static Tenant reminders(String councilCode) {
        return new Tenant(CouncilCode.of(councilCode), false, "hub-reminders");
    }

    public CouncilCode councilCode() {
        return councilCode;
    }

    public String actor() {
        return actor;
    }

    public void requireWrite() {
        if (!mayWrite) {
            throw new AccessDenied("You can read " + councilCode + "'s records but not change them.");
        }
    }

    @Override
    public String toString() {
        return "Tenant[" + councilCode + (mayWrite ? ", write" : ", read") + "]";
    }
}
