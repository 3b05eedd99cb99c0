package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.it.TenantIsolationIT.COVENTRY;
import static uk.gov.lga.hub.it.TenantIsolationIT.GATESHEAD;
import static uk.gov.lga.hub.it.TenantIsolationIT.READS;
import static uk.gov.lga.hub.it.TenantIsolationIT.USERS;

import java.net.URL;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.lga.hub.it.TenantIsolationIT.Council;
import uk.gov.lga.hub.it.TenantIsolationIT.Fixture;
import uk.gov.lga.hub.it.TenantIsolationIT.User;

/**
 * The tenant wall at every door that is not the API: each Faces page, each servlet and download, sign-in and
 * sign-out, and the pages' own forms. Routes are read from the deployed WAR ({@link UiRoutes}); one that is not
 * classified here fails the build. Every route is asked by every demo user and by nobody, for Coventry and for
 * Gateshead, in two orders of callers with fresh sessions: which caller came first must never matter.
 */
@ExtendWith(RunningStack.class)
class UiIsolationIT {

    /** How a route decides who may have it. */
    enum Access {
        PUBLIC,
        SIGNED_IN,
        /**
         * Signed in, showing the person's own records (notifications, calendar addresses): they may name any council
         * the person may read, never one they may not.
         */
        PERSONAL,
        AREA,
        COUNCIL,
        /**
         * One challenge's peer team only: a member outside the workspace's window is told why (403); anyone else in
         * the area is answered as if the challenge were not theirs (403 for those who may read it, 404 for others).
         */
        TEAM,
        SIGN_IN_FLOW,
        ERROR
    }

    /** Roles of each area of the UI, as SignInFilter's table has them. */
    static final Set<String> ADMIN_AREA = Set.of("lga-admin");

    static final Set<String> CHALLENGES_AREA = Set.of("peer-challenge-manager", "lga-admin");
    static final Set<String> ADVISER_AREA = Set.of("principal-adviser", "peer-challenge-manager", "lga-admin");
    static final Set<String> COUNCIL_AREA = Set.of("council-editor", "council-viewer");
    static final Set<String> WORKSPACE_AREA = Set.of("peer", "peer-challenge-manager");
    /** The peer directory: people's contact details, for LGA staff only. */
    static final Set<String> PEERS_AREA = Set.of("peer-challenge-manager", "lga-admin");

    static final Set<String> PLAN_AREA =
            Set.of("council-editor", "council-viewer", "peer-challenge-manager", "principal-adviser", "lga-admin");

    /** A council's records as the UI addresses them. */
    record Target(Fixture fixture, long evidenceId, long publishedReportId) {
        Council council() {
            return fixture.council();
        }
    }

    record Route(Access access, Set<String> area, Function<Target, String> path, BiPredicate<User, Council> allowed) {
        static Route of(Access access, Set<String> area, Function<Target, String> path) {
            return new Route(access, area, path, (u, c) -> true);
        }
    }

    /** Nothing with these ids or this code exists: a refusal must look exactly like the answer for these. */
    static final Target MISSING = new Target(TenantIsolationIT.MISSING, 999_999_997L, 999_999_996L);

    /** Every route the WAR serves outside the API, with how it decides. A discovered route missing here fails. */
    static Map<String, List<Route>> routes() {
        Map<String, List<Route>> r = new LinkedHashMap<>();
        Function<String, Function<Target, String>> fixed = path -> t -> path;
        r.put("/index.xhtml", List.of(Route.of(Access.PUBLIC, Set.of(), fixed.apply("index.xhtml"))));
        r.put("/accessibility.xhtml", List.of(Route.of(Access.PUBLIC, Set.of(), fixed.apply("accessibility.xhtml"))));
        // The error pages' view: asked for directly it shows "Page not found" and nothing of anyone's.
        r.put("/problem.xhtml", List.of(Route.of(Access.PUBLIC, Set.of(), fixed.apply("problem.xhtml"))));
        r.put(
                "/report.xhtml",
                List.of(Route.of(Access.PUBLIC, Set.of(), t -> "report.xhtml?id=" + t.publishedReportId())));
        // Search of what was published: the same for everyone (SearchIT proves nothing unpublished is in it).
        r.put("/search.xhtml", List.of(Route.of(Access.PUBLIC, Set.of(), fixed.apply("search.xhtml?q=answer"))));
        r.put(
                "servlet /assets/govuk-frontend.css",
                List.of(Route.of(Access.PUBLIC, Set.of(), fixed.apply("assets/govuk-frontend.css"))));
        r.put("/app/index.xhtml", List.of(Route.of(Access.SIGNED_IN, Set.of(), fixed.apply("app/index.xhtml"))));
        // A person's own calendar addresses: whoever is signed in sees only theirs (CalendarPageIT).
        r.put("/app/calendar.xhtml", List.of(Route.of(Access.PERSONAL, Set.of(), fixed.apply("app/calendar.xhtml"))));
        // Search finds what the person may read: any council they may read, never another (SearchIT, every user).
        // "first answer" is in both fixtures' responses, after their markers, so a leak would show a whole marker.
        r.put(
                "/app/search.xhtml",
                List.of(Route.of(
                        Access.PERSONAL,
                        Set.of(),
                        fixed.apply("app/search.xhtml?q=%22first+answer%22&kind=RESPONSE"))));
        r.put(
                "/app/admin/councils.xhtml",
                List.of(Route.of(Access.AREA, ADMIN_AREA, fixed.apply("app/admin/councils.xhtml"))));
        // The register of councils (public data): for administrators only.
        r.put(
                "/app/admin/register.xhtml",
                List.of(Route.of(Access.AREA, ADMIN_AREA, fixed.apply("app/admin/register.xhtml"))));
        // Who has access to a council or region: for administrators only, whichever council or region is asked for.
        r.put(
                "/app/admin/council-people.xhtml",
                List.of(
                        Route.of(
                                Access.AREA,
                                ADMIN_AREA,
                                t -> "app/admin/council-people.xhtml?code="
                                        + t.council().code()),
                        Route.of(
                                Access.AREA,
                                ADMIN_AREA,
                                t -> "app/admin/council-people.xhtml?code="
                                        + t.council().code() + "&remove="
                                        + t.council().name().toLowerCase().split(" ")[0] + "-editor")));
        r.put(
                "/app/admin/region-advisers.xhtml",
                List.of(Route.of(
                        Access.AREA,
                        ADMIN_AREA,
                        t -> "app/admin/region-advisers.xhtml?region="
                                + t.council().region())));
        for (String page : List.of("index", "new", "import", "focus-areas")) {
            r.put(
                    "/app/challenges/" + page + ".xhtml",
                    List.of(Route.of(Access.AREA, CHALLENGES_AREA, fixed.apply("app/challenges/" + page + ".xhtml"))));
        }
        // The task list and each part's page: one challenge, read through the same wall.
        for (String page : List.of("challenge", "visit", "team", "report", "issue", "publications", "review")) {
            r.put(
                    "/app/challenges/" + page + ".xhtml",
                    List.of(new Route(
                            Access.COUNCIL,
                            CHALLENGES_AREA,
                            t -> "app/challenges/" + page + ".xhtml?id="
                                    + t.fixture().challengeId(),
                            READS)));
        }
        // The peer directory is shared LGA data: the same for every council, refused outside the LGA's staff.
        r.put(
                "/app/peers/index.xhtml",
                List.of(Route.of(Access.AREA, PEERS_AREA, fixed.apply("app/peers/index.xhtml"))));
        r.put(
                "/app/peers/peer.xhtml",
                List.of(Route.of(Access.AREA, PEERS_AREA, t -> "app/peers/peer.xhtml?id=" + demoPeerId())));
        r.put(
                "/app/peers/edit.xhtml",
                List.of(
                        Route.of(Access.AREA, PEERS_AREA, fixed.apply("app/peers/edit.xhtml")),
                        Route.of(Access.AREA, PEERS_AREA, t -> "app/peers/edit.xhtml?id=" + demoPeerId())));
        r.put(
                "/app/workspace/mine.xhtml",
                List.of(Route.of(Access.AREA, WORKSPACE_AREA, fixed.apply("app/workspace/mine.xhtml"))));
        // A peer team's workspace: no demo user is on a fixture's team in its window (PeerWorkspaceIT has the team).
        r.put(
                "/app/workspace/index.xhtml",
                List.of(new Route(
                        Access.TEAM,
                        WORKSPACE_AREA,
                        t -> "app/workspace/index.xhtml?id=" + t.fixture().challengeId(),
                        TenantIsolationIT.NOBODY)));
        r.put(
                "/app/workspace/draft.xhtml",
                List.of(new Route(
                        Access.TEAM,
                        WORKSPACE_AREA,
                        t -> "app/workspace/draft.xhtml?id=" + t.fixture().challengeId(),
                        TenantIsolationIT.NOBODY)));
        r.put(
                "/app/adviser/dashboard.xhtml",
                List.of(
                        Route.of(Access.AREA, ADVISER_AREA, fixed.apply("app/adviser/dashboard.xhtml")),
                        Route.of(
                                Access.AREA,
                                ADVISER_AREA,
                                t -> "app/adviser/dashboard.xhtml?sort=days-since-update&order=descending&region="
                                        + t.council().region())));
        r.put(
                "/app/adviser/national.xhtml",
                List.of(Route.of(Access.AREA, ADVISER_AREA, fixed.apply("app/adviser/national.xhtml"))));
        r.put(
                "/app/adviser/council.xhtml",
                List.of(new Route(
                        Access.COUNCIL,
                        ADVISER_AREA,
                        t -> "app/adviser/council.xhtml?code=" + t.council().code(),
                        READS)));
        // Counts per council and region, for every adviser whatever their region (as the API's national figures).
        r.put(
                "servlet /app/adviser/export",
                List.of(
                        Route.of(
                                Access.AREA,
                                ADVISER_AREA,
                                t -> "app/adviser/export?format=csv&region="
                                        + t.council().region()),
                        Route.of(
                                Access.AREA,
                                ADVISER_AREA,
                                t -> "app/adviser/export?format=xlsx&region="
                                        + t.council().region()),
                        Route.of(
                                Access.AREA,
                                ADVISER_AREA,
                                t -> "app/adviser/export?format=csv&sort=overdue-actions&order=descending"
                                        + "&type=METROPOLITAN_DISTRICT&region="
                                        + t.council().region())));
        r.put(
                "/app/council/index.xhtml",
                List.of(Route.of(Access.AREA, COUNCIL_AREA, fixed.apply("app/council/index.xhtml"))));
        for (String page : List.of("index", "meetings", "position-statement", "print", "progress-review")) {
            r.put(
                    "/app/plan/" + page + ".xhtml",
                    List.of(new Route(
                            Access.COUNCIL,
                            PLAN_AREA,
                            t -> "app/plan/" + page + ".xhtml?id=" + t.fixture().challengeId(),
                            READS)));
        }
        r.put(
                "/app/plan/import-responses.xhtml",
                List.of(new Route(
                        Access.COUNCIL,
                        PLAN_AREA,
                        t -> "app/plan/import-responses.xhtml?id=" + t.fixture().challengeId(),
                        READS)));
        r.put(
                "/app/plan/submission.xhtml",
                List.of(new Route(
                        Access.COUNCIL,
                        PLAN_AREA,
                        t -> "app/plan/submission.xhtml?id=" + t.fixture().challengeId() + "&version=1",
                        READS)));
        r.put(
                "/app/plan/recommendation.xhtml",
                List.of(new Route(
                        Access.COUNCIL,
                        PLAN_AREA,
                        t -> "app/plan/recommendation.xhtml?challenge="
                                + t.fixture().challengeId() + "&id="
                                + t.fixture().recommendationId(),
                        READS)));
        r.put(
                "servlet /app/plan/export",
                List.of(
                        new Route(
                                Access.COUNCIL,
                                PLAN_AREA,
                                t -> "app/plan/export?format=csv&id="
                                        + t.fixture().challengeId(),
                                READS),
                        new Route(
                                Access.COUNCIL,
                                PLAN_AREA,
                                t -> "app/plan/export?format=xlsx&id="
                                        + t.fixture().challengeId(),
                                READS)));
        r.put(
                "servlet /app/plan/evidence",
                List.of(new Route(
                        Access.COUNCIL,
                        PLAN_AREA,
                        t -> "app/plan/evidence?challenge=" + t.fixture().challengeId() + "&id=" + t.evidenceId(),
                        READS)));
        // Everyone's own notification centre: it lists and marks only the caller's own (see the test below).
        r.put(
                "/app/notifications/index.xhtml",
                List.of(
                        Route.of(Access.PERSONAL, Set.of(), fixed.apply("app/notifications/index.xhtml")),
                        Route.of(Access.PERSONAL, Set.of(), fixed.apply("app/notifications/index.xhtml?all=true"))));
        r.put("servlet /auth/sign-in", List.of(Route.of(Access.SIGN_IN_FLOW, Set.of(), fixed.apply("auth/sign-in"))));
        r.put(
                "servlet /auth/callback",
                List.of(Route.of(
                        Access.SIGN_IN_FLOW, Set.of(), fixed.apply("auth/callback?state=forged&code=forged"))));
        r.put("servlet /auth/sign-out", List.of(Route.of(Access.SIGN_IN_FLOW, Set.of(), fixed.apply("auth/sign-out"))));
        // Keycloak's back channel: a POST with a signed logout token; anything else is refused.
        r.put(
                "servlet /auth/backchannel-logout",
                List.of(Route.of(Access.SIGN_IN_FLOW, Set.of(), fixed.apply("auth/backchannel-logout"))));
        r.put("servlet /error", List.of(Route.of(Access.ERROR, Set.of(), fixed.apply("error"))));
        // Faces serves every page above through this mapping; the pages are the routes.
        r.put("mapping *.xhtml", List.of());
        return r;
    }

    private static Long demoPeer;

    /** Someone the demo put in the peer directory (the seeds' team), for the person's pages. */
    static synchronized long demoPeerId() {
        if (demoPeer == null) {
            try (Connection owner = OwnerDatabase.connect()) {
                demoPeer =
                        OwnerDatabase.longs(owner, "select min(id) from peer").get(0);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return demoPeer;
    }

    final URL base = RunningStack.appUrl();

    /**
     * The matrix's users hold every role but a peer's: the demo's peer reads the in-flight team's workspace (read
     * only, its report issued) and is refused the directory's pages, as the council's users and advisers are.
     */
    @Test
    void theDemoPeerReadsItsWorkspaceButIsRefusedThePeerDirectory() throws Exception {
        UiSession peer = UiSession.signedIn(base, "peer");
        for (String path : List.of(
                "app/peers/index.xhtml",
                "app/peers/peer.xhtml?id=" + demoPeerId(),
                "app/peers/edit.xhtml",
                "app/peers/edit.xhtml?id=" + demoPeerId())) {
            UiSession.Reply reply = peer.get(path);
            assertEquals(403, reply.status(), path + ": " + excerpt(reply));
            assertFalse(reply.body().contains("Themes of expertise"), path + " shows the directory");
        }
        UiSession.Reply mine = peer.get("app/workspace/mine.xhtml");
        assertEquals(200, mine.status(), "the peer's own area");
        assertTrue(
                mine.body().contains("Gateshead Council"), "the demo's in-flight team's workspace: " + excerpt(mine));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("app/workspace/index\\.xhtml\\?id=(\\d+)")
                .matcher(mine.body());
        assertTrue(link.find(), "a link to it while it is readable");
        UiSession.Reply workspace = peer.get("app/workspace/index.xhtml?id=" + link.group(1));
        assertEquals(200, workspace.status(), excerpt(workspace));
        assertTrue(workspace.body().contains("Read only"), "its report is issued: " + excerpt(workspace));
    }

    @Test
    void everyRouteTheWarServesIsClassified() throws Exception {
        List<String> unclassified = UiRoutes.all().stream()
                .filter(route -> !routes().containsKey(route))
                .toList();
        assertEquals(List.of(), unclassified, "classify each new page or servlet in UiIsolationIT.routes()");
        List<String> gone = routes().keySet().stream()
                .filter(route -> {
                    try {
                        return !UiRoutes.all().contains(route);
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertEquals(List.of(), gone, "routes classified here that the WAR no longer serves");
    }

    @Test
    void noCouncilReachesAnotherCouncilsDataThroughAnyPageOrDownloadInEitherOrderOfCallers() throws Exception {
        Api api = new Api(base);
        try (Connection owner = OwnerDatabase.connect()) {
            Map<Council, Target> targets = targets(api, owner);
            List<String> failures = new ArrayList<>();
            int run = 0;
            int cases = routes().values().stream().mapToInt(List::size).sum();
            for (List<User> order : List.of(USERS, reversed(USERS))) {
                Map<String, UiSession> sessions = new LinkedHashMap<>();
                for (User user : order) {
                    sessions.put(user.name(), UiSession.signedIn(base, user.name()));
                }
                List<User> callers = new ArrayList<>(order);
                callers.add(null);
                for (List<Route> routeCases : routes().values()) {
                    for (Route route : routeCases) {
                        for (User user : callers) {
                            UiSession session = user == null ? UiSession.anonymous(base) : sessions.get(user.name());
                            for (Council council : List.of(COVENTRY, GATESHEAD)) {
                                Target mine = targets.get(council);
                                Target other = targets.get(council == COVENTRY ? GATESHEAD : COVENTRY);
                                failures.addAll(check(route, user, session, mine, other));
                                run++;
                            }
                        }
                    }
                }
            }
            System.out.printf(
                    "[it] UI isolation: %d cases (%d route cases over %d routes x %d callers x 2 councils"
                            + " x 2 orders), %d failures%n",
                    run, cases, routes().size(), USERS.size() + 1, failures.size());
            assertTrue(failures.isEmpty(), String.join("\n", failures));
            assertEquals(cases * (USERS.size() + 1) * 2 * 2, run);
        }
    }

    /** The region view's addresses: by default, sorted either way, filtered, and a region named in the address. */
    static final List<String> REGION_VIEWS = List.of(
            "",
            "sort=days-since-update&order=descending",
            "sort=council&order=ascending&type=METROPOLITAN_DISTRICT&year=2024",
            "sort=behind&theme=financial-planning-and-management");

    /**
     * An adviser's own region, on the page and in its download, in any order and under any filter: the region's
     * councils and no other (the download was once all of England).
     */
    @Test
    void anAdvisersRegionPageAndItsDownloadListOnlyThatRegionsCouncilsWhateverTheOrderOrFilter() throws Exception {
        List<String> failures = new ArrayList<>();
        try (Connection owner = OwnerDatabase.connect()) {
            for (User adviser : USERS.stream().filter(u -> u.region() != null).toList()) {
                UiSession session = UiSession.signedIn(base, adviser.name());
                List<String> elsewhere = OwnerDatabase.strings(
                        owner, "select name from council where region_code <> '" + adviser.region() + "'");
                for (String view : REGION_VIEWS) {
                    UiSession.Reply page = session.get("app/adviser/dashboard.xhtml?" + view);
                    UiSession.Reply csv = session.get("app/adviser/export?format=csv&" + view);
                    String label = adviser.name() + " " + view;
                    if (page.status() != 200 || csv.status() != 200) {
                        failures.add(label + ": " + page.status() + " / " + csv.status());
                        continue;
                    }
                    elsewhere.stream()
                            .filter(name -> page.body().contains(name))
                            .forEach(name -> failures.add(label + ": the page names " + name));
                    org.apache.commons.csv.CSVFormat.RFC4180
                            .builder()
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .get()
                            .parse(new java.io.StringReader(csv.body().replace("\uFEFF", "")))
                            .stream()
                            .filter(row -> !row.get("Region").equals(adviser.region()))
                            .forEach(row -> failures.add(label + ": the download lists " + row.get("Council")));
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * The pages' own forms, posted back with another council's ids put in place of the caller's: whatever a
     * council user or an adviser sends, the other council's data does not change and does not come back.
     */
    @Test
    void formsPostedWithAnotherCouncilsIdsChangeAndRevealNothingOfIt() throws Exception {
        Api api = new Api(base);
        try (Connection owner = OwnerDatabase.connect()) {
            Map<Council, Target> targets = targets(api, owner);
            List<String> failures = new ArrayList<>();
            int posts = 0;
            for (User user : USERS) {
                if (user.has("lga-admin") || user.has("peer-challenge-manager")) {
                    continue; // they may act on every council's challenge: nothing to tamper with
                }
                UiSession session = UiSession.signedIn(base, user.name());
                for (Council council : List.of(COVENTRY, GATESHEAD)) {
                    if (!READS.test(user, council)) {
                        continue;
                    }
                    Target mine = targets.get(council);
                    Target other = targets.get(council == COVENTRY ? GATESHEAD : COVENTRY);
                    for (Route route : routes().values().stream()
                            .flatMap(List::stream)
                            .filter(r -> r.access() == Access.COUNCIL)
                            .toList()) {
                        UiSession.Reply page = session.get(route.path().apply(mine));
                        if (page.status() != 200 || !page.contentType().startsWith("text/html")) {
                            continue;
                        }
                        for (UiSession.Form form : page.forms()) {
                            if (form.action().contains("/auth/sign-out")) {
                                continue;
                            }
                            for (String button : form.buttons()) {
                                List<String> before = OwnerDatabase.councilData(
                                        owner, other.council().code());
                                Map<String, String> fields = new LinkedHashMap<>();
                                form.fields()
                                        .forEach((k, v) -> fields.put(
                                                k,
                                                k.startsWith("jakarta.faces")
                                                        ? v
                                                        : v.isEmpty() ? "MARK-TAMPER" : swap(v, mine, other)));
                                fields.put(button, "x");
                                UiSession.Reply reply = session.post(
                                        swap(form.action(), mine, other).replaceFirst("^/", ""), fields);
                                posts++;
                                String label = "POST " + form.action() + " [" + button + "] as " + user.name()
                                        + " with " + other.council().code() + "'s ids";
                                if (reply.status() >= 500) {
                                    failures.add(label + ": " + reply.status());
                                }
                                if (reply.body().contains(other.fixture().marker())) {
                                    failures.add(label + ": the reply carries the other council's data");
                                }
                                if (!OwnerDatabase.councilData(
                                                owner, other.council().code())
                                        .equals(before)) {
                                    failures.add(label + ": the other council's data changed");
                                }
                            }
                        }
                    }
                }
            }
            System.out.printf(
                    "[it] UI isolation: %d form posts with another council's ids, %d failures%n",
                    posts, failures.size());
            assertTrue(posts > 20, "the pages' forms were found and posted: " + posts);
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }
    }

    /**
     * The action forms name an owner from the council's own users: a post naming another council's user, with
     * the caller's own ids, is refused at the field and writes nothing to either council.
     */
    @Test
    void theActionFormRefusesAnotherCouncilsUserAsOwner() throws Exception {
        Api api = new Api(base);
        try (Connection owner = OwnerDatabase.connect()) {
            Map<Council, Target> targets = targets(api, owner);
            for (Council council : List.of(COVENTRY, GATESHEAD)) {
                Council other = council == COVENTRY ? GATESHEAD : COVENTRY;
                String editor = council == COVENTRY ? "coventry-editor" : "gateshead-editor";
                String othersUser = other == COVENTRY ? "coventry-viewer" : "gateshead-editor";
                UiSession session = UiSession.signedIn(base, editor);
                String path = "app/plan/recommendation.xhtml?challenge="
                        + targets.get(council).fixture().challengeId() + "&id="
                        + targets.get(council).fixture().recommendationId();
                UiSession.Form form = session.get(path).forms().stream()
                        .filter(f -> f.buttons().contains("add-action"))
                        .findFirst()
                        .orElseThrow();
                Map<String, String> fields = new LinkedHashMap<>(form.fields());
                fields.put("new-description", "MARK-TAMPER owner");
                fields.put("new-owner-kind", "USER");
                fields.put("new-owner-user", othersUser);
                fields.put("add-action", "x");
                List<String> mineBefore = OwnerDatabase.councilData(owner, council.code());
                List<String> otherBefore = OwnerDatabase.councilData(owner, other.code());

                UiSession.Reply reply = session.post(form.action().replaceFirst("^/", ""), fields);

                assertEquals(200, reply.status(), reply.body());
                assertTrue(
                        reply.body().contains("The owner must be one of the council&#39;s own users")
                                || reply.body().contains("The owner must be one of the council's own users"),
                        "refused at the field");
                assertEquals(mineBefore, OwnerDatabase.councilData(owner, council.code()));
                assertEquals(otherBefore, OwnerDatabase.councilData(owner, other.code()));
            }
        }
    }

    /**
     * The notification centre lists only the caller's own notifications, and its "Mark as done" form posted with
     * someone else's notification id changes nothing and says it was not found, whoever that someone is.
     */
    @Test
    void theNotificationCentreListsAndMarksOnlyTheCallersOwnNotifications() throws Exception {
        Api api = new Api(base);
        for (String day : List.of("2024-04-19", "2024-05-03")) {
            Api.Reply run = api.send("POST", "api/v1/admin/notifications/run?today=" + day, Tokens.of("admin"), null);
            assertEquals(200, run.status(), run.body());
        }
        try (Connection owner = OwnerDatabase.connect()) {
            long theirs = OwnerDatabase.longs(
                            owner,
                            "select id from notification where recipient = 'coventry-editor'"
                                    + " order by done_at nulls first, id desc")
                    .get(0);
            String doneBefore = doneAt(owner, theirs);
            List<String> failures = new ArrayList<>();
            int tampered = 0;
            for (User user : USERS) {
                if (user.name().equals("coventry-editor")) {
                    continue;
                }
                UiSession session = UiSession.signedIn(base, user.name());
                for (String view : List.of("", "?all=true")) {
                    UiSession.Reply page = session.get("app/notifications/index.xhtml" + view);
                    if (page.status() != 200) {
                        failures.add(user.name() + view + ": " + page.status());
                        continue;
                    }
                    List<UiSession.Form> rows = page.forms().stream()
                            .filter(form -> form.fields().containsKey("notification"))
                            .toList();
                    for (UiSession.Form row : rows) {
                        String recipient = OwnerDatabase.strings(
                                        owner,
                                        "select recipient from notification where id = "
                                                + Long.parseLong(row.fields().get("notification")))
                                .get(0);
                        if (!recipient.equals(user.name())) {
                            failures.add(user.name() + " is shown " + recipient + "'s notification");
                        }
                    }
                    long listed = page.body().split("hub-notification\"", -1).length - 1;
                    long own = OwnerDatabase.longs(
                                    owner,
                                    "select count(*) from notification where recipient = '" + user.name() + "'"
                                            + (view.isEmpty() ? " and done_at is null" : ""))
                            .get(0);
                    if (listed != Math.min(own, 100)) {
                        failures.add(user.name() + view + ": " + listed + " listed, " + own + " their own");
                    }
                    if (rows.isEmpty()) {
                        continue;
                    }
                    Map<String, String> fields = new LinkedHashMap<>(rows.get(0).fields());
                    fields.put("notification", String.valueOf(theirs));
                    rows.get(0).buttons().forEach(button -> fields.put(button, "Mark as done"));
                    UiSession.Reply reply = session.post(rows.get(0).action().replaceFirst("^/", ""), fields);
                    tampered++;
                    String label = user.name() + " marking coventry-editor's notification " + theirs;
                    if (reply.status() != 200 || !reply.body().contains("not found among yours")) {
                        failures.add(label + ": " + reply.status() + " " + excerpt(reply));
                    }
                    if (!String.valueOf(doneAt(owner, theirs)).equals(String.valueOf(doneBefore))) {
                        failures.add(label + ": it changed");
                    }
                }
            }
            assertTrue(tampered >= 2, "the managers' and advisers' own rows were found and posted: " + tampered);
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }
    }

    private static String doneAt(Connection owner, long notification) throws Exception {
        return OwnerDatabase.strings(owner, "select done_at::text from notification where id = " + notification)
                .get(0);
    }

    private List<String> check(Route route, User user, UiSession session, Target mine, Target other) throws Exception {
        String path = route.path().apply(mine);
        String label = path + " as " + (user == null ? "anonymous" : user.name()) + " for "
                + mine.council().code();
        UiSession.Reply reply = session.get(path);
        List<String> failures = new ArrayList<>();
        Set<Integer> expected = expected(route, user, mine.council());
        if (!expected.contains(reply.status())) {
            failures.add(label + ": expected " + expected + ", got " + reply.status() + " " + excerpt(reply));
        }
        if (reply.status() == 302
                && user == null
                && route.access() != Access.SIGN_IN_FLOW
                && !reply.location().contains("/auth/sign-in")) {
            failures.add(label + ": an anonymous caller is not sent to sign in but to " + reply.location());
        }
        boolean ownRecords = route.access() == Access.PERSONAL && user != null && READS.test(user, other.council());
        if (reply.body().contains(other.fixture().marker()) && !ownRecords) {
            failures.add(label + ": the reply carries the other council's data");
        }
        boolean refused = reply.status() >= 400 || reply.status() == 302;
        if (refused && reply.body().contains(mine.fixture().marker())) {
            failures.add(label + ": a refusal carries the council's data");
        }
        if (route.access() == Access.COUNCIL
                && user != null
                && route.area().stream().anyMatch(user::has)
                && !route.allowed().test(user, mine.council())) {
            UiSession.Reply missing = session.get(route.path().apply(MISSING));
            if (missing.status() != reply.status()) {
                failures.add(label + ": refused with " + reply.status() + " but a missing record answers "
                        + missing.status() + ": the answer tells that the record exists");
            }
        }
        return failures;
    }

    static Set<Integer> expected(Route route, User user, Council council) {
        boolean inArea = user != null && route.area().stream().anyMatch(user::has);
        return switch (route.access()) {
            case PUBLIC -> Set.of(200);
            case ERROR -> Set.of(404);
            case SIGN_IN_FLOW -> Set.of(302, 303, 400, 403, 405);
            case SIGNED_IN, PERSONAL -> user == null ? Set.of(302) : Set.of(200, 302);
            case AREA -> user == null ? Set.of(302) : inArea ? Set.of(200) : Set.of(403);
            case COUNCIL ->
                user == null
                        ? Set.of(302)
                        : !inArea ? Set.of(403) : route.allowed().test(user, council) ? Set.of(200) : Set.of(404);
            case TEAM ->
                user == null
                        ? Set.of(302)
                        : !inArea ? Set.of(403) : route.allowed().test(user, council) ? Set.of(200) : Set.of(403, 404);
        };
    }

    /** A field's value, or an address's query values, with the caller's ids and code put as the other council's. */
    private static String swap(String value, Target mine, Target other) {
        Map<String, String> ids = Map.of(
                String.valueOf(mine.fixture().challengeId()),
                String.valueOf(other.fixture().challengeId()),
                String.valueOf(mine.fixture().recommendationId()),
                String.valueOf(other.fixture().recommendationId()),
                String.valueOf(mine.evidenceId()),
                String.valueOf(other.evidenceId()),
                mine.council().code(),
                other.council().code());
        if (ids.containsKey(value)) {
            return ids.get(value);
        }
        StringBuilder swapped = new StringBuilder();
        java.util.regex.Matcher param =
                java.util.regex.Pattern.compile("([?&][^=&]+=)([^&]*)").matcher(value);
        while (param.find()) {
            param.appendReplacement(
                    swapped,
                    java.util.regex.Matcher.quoteReplacement(
                            param.group(1) + ids.getOrDefault(param.group(2), param.group(2))));
        }
        return param.appendTail(swapped).toString();
    }

    /** Each council's records, with one of everything its editor can write (see TenantIsolationIT). */
    private static Map<Council, Target> targets(Api api, Connection owner) throws Exception {
        return Map.of(
                COVENTRY,
                target(TenantIsolationIT.coventry(api, owner), owner, api),
                GATESHEAD,
                target(TenantIsolationIT.gateshead(api, owner), owner, api));
    }

    private static Target target(Fixture fixture, Connection owner, Api api) throws Exception {
        long evidence = TenantIsolationIT.latest(
                owner, "evidence", "id", "kind = 'FILE' and challenge_id = " + fixture.challengeId());
        long report = api.get("api/v1/public/reports", null)
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        return new Target(fixture, evidence, report);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String excerpt(UiSession.Reply reply) {
        String body = reply.body().replaceAll("\\s+", " ");
        return (reply.location().isEmpty() ? "" : "-> " + reply.location() + " ")
                + body.substring(0, Math.min(160, body.length()));
    }
}
