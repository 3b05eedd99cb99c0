package uk.gov.lga.hub.application.security;

import uk.gov.lga.hub.domain.council.Council;

/**
 * Who may see a council's challenge records in detail: LGA staff, the council's own users, and the principal
 * adviser of its region. The public reads published reports through the public paths instead.
 */
public final class CouncilAccess {

    private CouncilAccess() {}

    public static boolean canReadDetail(Caller caller, Council council) {
        return canReadDetail(caller, council.code(), council.region());
    }

    public static boolean canReadDetail(Caller caller, String councilCode, uk.gov.lga.hub.domain.region.Region region) {
        return caller.isLgaStaff() || caller.belongsTo(councilCode) || caller.advises(region);
    }

    /** Refused as if the council's records were not there: whoever may not read them may not learn they exist. */
    public static void requireDetail(Caller caller, Council council) {
        requireDetail(caller, council.code(), council.region());
    }

    public static void requireDetail(Caller caller, String councilCode, uk.gov.lga.hub.domain.region.Region region) {
        if (!canReadDetail(caller, councilCode, region)) {
            throw new NotVisible();
        }
    }
}
