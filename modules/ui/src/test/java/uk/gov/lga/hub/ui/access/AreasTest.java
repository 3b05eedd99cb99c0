package uk.gov.lga.hub.ui.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AreasTest {

    private static final Set<String> VIEWER = Set.of("council-viewer");
    private static final Set<String> ADMIN = Set.of("lga-admin");

    @Test
    void aCouncilViewerMayNotUseTheAdminAreaHoweverThePathIsSpelt() {
        for (String path : new String[] {
            "/app/admin/councils.xhtml",
            "/app//admin/councils.xhtml",
            "/app/./admin/councils.xhtml",
            "/app/plan/../admin/councils.xhtml",
            "//app///admin//councils.xhtml"
        }) {
            assertFalse(Areas.allows(path, VIEWER), path);
            assertTrue(Areas.allows(path, ADMIN), path);
        }
    }

    @Test
    void aPathStillEscapedAfterDecodingOrClimbingOutIsRefusedToEveryone() {
        for (String path : new String[] {
            "/app/%61dmin/councils.xhtml",
            "/app/..%2fadmin/councils.xhtml",
            "/app\\admin/councils.xhtml",
            "/app/admin;x=1/councils.xhtml",
            "/../app/admin/councils.xhtml",
            null
        }) {
            assertFalse(Areas.allows(path, ADMIN), String.valueOf(path));
        }
    }

    @Test
    void eachRoleUsesItsOwnAreas() {
        assertTrue(Areas.allows("/app/plan/index.xhtml", VIEWER));
        assertTrue(Areas.allows("/app/council/index.xhtml", VIEWER));
        assertFalse(Areas.allows("/app/challenges/index.xhtml", VIEWER));
        assertFalse(Areas.allows("/app/council/index.xhtml", ADMIN));
        assertTrue(Areas.allows("/app/index.xhtml", VIEWER));
        assertTrue(Areas.allows("/app/peers/index.xhtml", Set.of("peer-challenge-manager")));
        assertTrue(Areas.allows("/app/peers/peer.xhtml", ADMIN));
        for (String role : new String[] {"council-editor", "council-viewer", "principal-adviser", "peer"}) {
            assertFalse(Areas.allows("/app/peers/index.xhtml", Set.of(role)), role);
        }
    }
}
