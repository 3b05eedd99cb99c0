package uk.gov.lga.hub.application.fakes;

import java.util.Optional;
import java.util.Set;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.region.Region;

/** One caller per role, as the identity provider would vouch for them, at the demo's two councils. */
public final class People {

    public static final Caller LGA_ADMIN = lga("lga-admin", Role.LGA_ADMIN);
    public static final Caller MANAGER = lga("pc-manager", Role.PEER_CHALLENGE_MANAGER);
    public static final Caller COVENTRY_EDITOR = council("coventry-editor", Role.COUNCIL_EDITOR, Demo.COVENTRY);
    public static final Caller COVENTRY_VIEWER = council("coventry-viewer", Role.COUNCIL_VIEWER, Demo.COVENTRY);
    public static final Caller GATESHEAD_EDITOR = council("gateshead-editor", Role.COUNCIL_EDITOR, Demo.GATESHEAD);
    public static final Caller GATESHEAD_VIEWER = council("gateshead-viewer", Role.COUNCIL_VIEWER, Demo.GATESHEAD);
    /** Principal adviser for the West Midlands: Coventry's region. */
    public static final Caller WEST_MIDLANDS_ADVISER = adviser("wm-adviser", Region.WEST_MIDLANDS);
    /** Principal adviser for the North East: Gateshead's region. */
    public static final Caller NORTH_EAST_ADVISER = adviser("ne-adviser", Region.NORTH_EAST);
    /** A peer on Coventry's team (see {@link Demo}), and on no other. */
    public static final Caller COVENTRY_PEER = lga(Demo.COVENTRY_PEER_USERNAME, Role.PEER);

    public static final Caller ANONYMOUS = Caller.ANONYMOUS;

    private People() {}

    private static Caller lga(String username, String role) {
        return new Caller(username, Set.of(role), Optional.empty(), Optional.empty());
    }

    private static Caller council(String username, String role, String councilCode) {
        return new Caller(username, Set.of(role), Caller.councilOf(councilCode), Optional.empty());
    }

    private static Caller adviser(String username, Region region) {
        return new Caller(username, Set.of(Role.PRINCIPAL_ADVISER), Optional.empty(), Optional.of(region));
    }
}
