package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tenant wall seen from outside: every council-scoped endpoint (read from the API's classes), called as every
 * demo user, for the user's own council and for another, with real tokens. No reply may carry another council's
 * data, and no write may land anywhere but in the caller's own council.
 */
@ExtendWith(RunningStack.class)
class TenantIsolationIT {

    record Council(String code, String region, String name) {

        String detailsJson() {
            return "{\"name\":\"" + name + "\",\"type\":\"METROPOLITAN_DISTRICT\",\"region\":\"" + region + "\"}";
        }
    }

    static final Council COVENTRY = new Council("E08000026", "west-midlands", "Coventry City Council");
    static final Council GATESHEAD = new Council("E08000037", "north-east", "Gateshead Council");

    record User(String name, Set<String> roles, Council council, String region) {
        boolean has(String role) {
            return roles.contains(role);
        }
    }

    static final List<User> USERS = List.of(
            new User("admin", Set.of("lga-admin"), null, null),
            new User("pcm", Set.of("peer-challenge-manager"), null, null),
            new User("adviser-wm", Set.of("principal-adviser"), null, "west-midlands"),
            new User("adviser-ne", Set.of("principal-adviser"), null, "north-east"),
            new User("coventry-editor", Set.of("council-editor"), COVENTRY, null),
            new User("coventry-viewer", Set.of("council-viewer"), COVENTRY, null),
            new User("gateshead-editor", Set.of("council-editor"), GATESHEAD, null));

    /** One council's records that the cases address, and a marker only that council's data contains. */
    record Fixture(Council council, long challengeId, long recommendationId, String marker) {}

    /** Who may read a council's records in detail: LGA staff, the council's own users, its region's adviser. */
    static final BiPredicate<User, Council> READS = (user, council) -> user.has("lga-admin")
            || user.has("peer-challenge-manager")
            || council.equals(user.council())
            || council.region().equals(user.region());

    /** Who may change a council's response: its own editors only. */
    static final BiPredicate<User, Council> EDITS =
            (user, council) -> user.has("council-editor") && council.equals(user.council());

    /** Who may onboard a council and manage its users: LGA administrators. */
    static final BiPredicate<User, Council> ADMINISTERS = (user, council) -> user.has("lga-admin");

    /** Who may decide on a submitted action plan: peer challenge managers. */
    static final BiPredicate<User, Council> MANAGES = (user, council) -> user.has("peer-challenge-manager");

    /** Who may read a region's calendar: LGA staff and the region's principal adviser. */
    static final BiPredicate<User, Council> READS_REGION = (user, council) -> user.has("lga-admin")
            || user.has("peer-challenge-manager")
            || council.region().equals(user.region());

    /** Who has a manager's calendar: LGA staff. */
    /** Who uses a challenge's peer workspace among the matrix's users: nobody (none is on a fixture's team). */
    static final BiPredicate<User, Council> NOBODY = (user, council) -> false;

    static final BiPredicate<User, Council> LGA_STAFF =
            (user, council) -> user.has("lga-admin") || user.has("peer-challenge-manager");

    /**
     * @param path          the address, which may depend on who asks (a subscription address is the user's own)
     * @param refusedByRule statuses that mean the caller passed the wall and a domain rule then said no (for
     *                      steps that can be taken only once, such as submitting a plan)
     * @param acrossCouncils the endpoint reads several councils for LGA staff by design (a manager's calendar), so
     *                      an allowed reply may name the other council; a refusal still may not
     */
    record Case(
            String verb,
            BiFunction<User, Fixture, String> path,
            Function<Fixture, String> body,
            BiPredicate<User, Council> allowed,
            Set<Integer> refusedByRule,
            boolean acrossCouncils) {

        Case(
                String verb,
                Function<Fixture, String> path,
                Function<Fixture, String> body,
                BiPredicate<User, Council> allowed,
                Set<Integer> refusedByRule) {
            this(verb, (user, f) -> path.apply(f), body, allowed, refusedByRule, false);
        }

        Case(
                String verb,
                Function<Fixture, String> path,
                Function<Fixture, String> body,
                BiPredicate<User, Council> allowed) {
            this(verb, path, body, allowed, Set.of());
        }
    }

    /** The cases, per council-scoped endpoint. An endpoint missing here fails the build. */
    private Map<String, Case> cases(Connection owner) {
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put(
                "GET /api/v1/councils/{code}/challenges",
                new Case("GET", f -> "api/v1/councils/" + f.council().code() + "/challenges", f -> null, READS));
        cases.put(
                "GET /api/v1/challenges/{id}",
                new Case("GET", f -> "api/v1/challenges/" + f.challengeId(), f -> null, READS));
        cases.put(
                "GET /api/v1/challenges/{id}/timetable",
                new Case("GET", f -> "api/v1/challenges/" + f.challengeId() + "/timetable", f -> null, READS));
        cases.put(
                "GET /api/v1/challenges/{id}/responses",
                new Case("GET", f -> "api/v1/challenges/" + f.challengeId() + "/responses", f -> null, READS));
        cases.put(
                "GET /api/v1/recommendations/{id}/response",
                new Case("GET", f -> "api/v1/recommendations/" + f.recommendationId() + "/response", f -> null, READS));
        cases.put(
                "PUT /api/v1/recommendations/{id}/response",
                new Case(
                        "PUT",
                        f -> "api/v1/recommendations/" + f.recommendationId() + "/response",
                        f -> responseBody(f.marker() + " revised", currentVersion(owner, f)),
                        EDITS));
        // Similar elsewhere lists other councils' published recommendations by design; who may ask is who reads
        // the recommendation's council (OpenDataIT proves nothing unpublished is in the answer).
        cases.put(
                "GET /api/v1/recommendations/{id}/similar",
                new Case(
                        "GET",
                        (user, f) -> "api/v1/recommendations/" + f.recommendationId() + "/similar",
                        f -> null,
                        READS,
                        Set.of(),
                        true));
        String response = "api/v1/recommendations/";
        Function<Fixture, Long> actionId = f -> latest(
                owner,
                "plan_action p join council_response r" + " on r.id = p.response_id",
                "p.id",
                "r.recommendation_id = " + f.recommendationId());
        Function<Fixture, String> action =
                f -> response + f.recommendationId() + "/response/actions/" + actionId.apply(f);
        cases.put(
                "POST /api/v1/recommendations/{id}/response/actions",
                new Case(
                        "POST",
                        f -> response + f.recommendationId() + "/response/actions",
                        f -> "{\"description\":\"" + f.marker() + " action\",\"ownerKind\":\"USER\","
                                + "\"ownerUser\":\"" + colleagueIn(f.council()) + "\"}",
                        EDITS));
        cases.put(
                "PUT /api/v1/recommendations/{id}/response/actions/{actionId}",
                new Case(
                        "PUT",
                        action,
                        f -> "{\"description\":\"" + f.marker() + " revised action\",\"version\":"
                                + latest(owner, "plan_action", "version", "id = " + actionId.apply(f)) + "}",
                        EDITS));
        cases.put(
                "GET /api/v1/recommendations/{id}/response/actions/{actionId}/updates",
                new Case("GET", f -> action.apply(f) + "/updates", f -> null, READS));
        cases.put(
                "POST /api/v1/recommendations/{id}/response/actions/{actionId}/updates",
                new Case(
                        "POST",
                        f -> action.apply(f) + "/updates",
                        f -> "{\"narrative\":\"" + f.marker() + " update\"}",
                        EDITS));
        cases.put(
                "POST /api/v1/recommendations/{id}/response/evidence/links",
                new Case(
                        "POST",
                        f -> response + f.recommendationId() + "/response/evidence/links",
                        f -> "{\"title\":\"" + f.marker() + "\",\"url\":\"https://example.org/iso\"}",
                        EDITS));
        cases.put(
                "POST /api/v1/recommendations/{id}/response/evidence/files",
                new Case(
                        "POST",
                        f -> response + f.recommendationId() + "/response/evidence/files?title=iso&fileName=iso.pdf",
                        f -> "%PDF-1.4 " + f.marker(),
                        EDITS));

        String plans = "api/v1/action-plans/";
        Function<Fixture, String> evidence = f -> plans + f.challengeId() + "/evidence/"
                + latest(owner, "evidence", "id", "kind = 'FILE' and challenge_id = " + f.challengeId());
        Function<Fixture, String> meeting = f -> plans + f.challengeId() + "/meetings/"
                + latest(owner, "committee_meeting", "id", "challenge_id = " + f.challengeId());
        cases.put(
                "GET /api/v1/action-plans/{challengeId}",
                new Case("GET", f -> plans + f.challengeId(), f -> null, READS));
        cases.put(
                "GET /api/v1/action-plans/{challengeId}/export.csv",
                new Case("GET", f -> plans + f.challengeId() + "/export.csv", f -> null, READS));
        cases.put(
                "GET /api/v1/action-plans/{challengeId}/export.xlsx",
                new Case("GET", f -> plans + f.challengeId() + "/export.xlsx", f -> null, READS));
        cases.put(
                "POST /api/v1/action-plans/{challengeId}/submissions",
                new Case("POST", f -> plans + f.challengeId() + "/submissions", f -> null, EDITS, Set.of(422)));
        cases.put(
                "GET /api/v1/action-plans/{challengeId}/submissions/{number}",
                new Case("GET", f -> plans + f.challengeId() + "/submissions/1", f -> null, READS));
        cases.put(
                "GET /api/v1/action-plans/{challengeId}/submissions/{number}/changes",
                new Case("GET", f -> plans + f.challengeId() + "/submissions/1/changes", f -> null, READS));
        cases.put(
                "POST /api/v1/action-plans/{challengeId}/submissions/{number}/decision",
                new Case(
                        "POST",
                        f -> plans + f.challengeId() + "/submissions/"
                                + latest(
                                        owner,
                                        "action_plan_submission s join action_plan p on p.id = s.plan_id",
                                        "s.number",
                                        "p.challenge_id = " + f.challengeId())
                                + "/decision",
                        f -> "{\"decision\":\"CHANGES_REQUESTED\",\"comment\":\"" + f.marker() + "\"}",
                        MANAGES,
                        Set.of(422)));
        cases.put(
                "GET /api/v1/action-plans/{challengeId}/meetings",
                new Case("GET", f -> plans + f.challengeId() + "/meetings", f -> null, READS));
        cases.put(
                "POST /api/v1/action-plans/{challengeId}/meetings",
                new Case("POST", f -> plans + f.challengeId() + "/meetings", TenantIsolationIT::meetingBody, EDITS));
        cases.put(
                "PUT /api/v1/action-plans/{challengeId}/meetings/{meetingId}",
                new Case(
                        "PUT",
                        meeting,
                        f -> meetingBody(f)
                                .replace(
                                        "}",
                                        ",\"version\":"
                                                + latest(
                                                        owner,
                                                        "committee_meeting",
                                                        "version",
                                                        "id = "
                                                                + meeting.apply(f)
                                                                        .replaceAll(".*/", ""))
                                                + "}"),
                        EDITS));
        cases.put(
                "DELETE /api/v1/action-plans/{challengeId}/meetings/{meetingId}",
                new Case("DELETE", meeting, f -> null, EDITS));
        cases.put(
                "GET /api/v1/action-plans/{challengeId}/position-statement",
                new Case("GET", f -> plans + f.challengeId() + "/position-statement", f -> null, READS));
        cases.put(
                "PUT /api/v1/action-plans/{challengeId}/position-statement",
                new Case(
                        "PUT",
                        f -> plans + f.challengeId() + "/position-statement",
                        f -> "{\"body\":\""
                                + f.marker() + " statement\",\"version\":"
                                + latest(owner, "position_statement", "version", "challenge_id = " + f.challengeId())
                                + "}",
                        EDITS,
                        Set.of(422)));
        cases.put(
                "POST /api/v1/action-plans/{challengeId}/position-statement/submission",
                new Case(
                        "POST",
                        f -> plans + f.challengeId() + "/position-statement/submission",
                        f -> null,
                        EDITS,
                        Set.of(422)));
        cases.put(
                "GET /api/v1/progress-reviews/{challengeId}",
                new Case("GET", f -> "api/v1/progress-reviews/" + f.challengeId(), f -> null, READS));
        cases.put(
                "PUT /api/v1/progress-reviews/{challengeId}/self-assessments/{recommendationId}",
                new Case(
                        "PUT",
                        f -> "api/v1/progress-reviews/" + f.challengeId() + "/self-assessments/" + f.recommendationId(),
                        f -> selfAssessmentBody(
                                f.marker() + " revised self-assessment", selfAssessmentVersion(owner, f)),
                        EDITS,
                        // Coventry's demo challenge is past its progress review report: its ratings are fixed (422).
                        Set.of(422)));
        cases.put(
                "GET /api/v1/action-plans/{challengeId}/evidence/{evidenceId}/versions",
                new Case("GET", f -> evidence.apply(f) + "/versions", f -> null, READS));
        cases.put(
                "GET /api/v1/action-plans/{challengeId}/evidence/{evidenceId}/content",
                new Case("GET", f -> evidence.apply(f) + "/content", f -> null, READS));
        cases.put(
                "POST /api/v1/action-plans/{challengeId}/evidence/{evidenceId}/versions/links",
                new Case(
                        "POST",
                        f -> evidence.apply(f) + "/versions/links",
                        f -> "{\"url\":\"https://example.org/" + f.marker() + "\"}",
                        EDITS));
        cases.put(
                "POST /api/v1/action-plans/{challengeId}/evidence/{evidenceId}/versions/files",
                new Case(
                        "POST",
                        f -> evidence.apply(f) + "/versions/files?fileName=iso-v2.pdf",
                        f -> "%PDF-1.4 " + f.marker() + " v2",
                        EDITS));
        // The document pack is the council's (its editors add to it); the workspace and the team's notes are no
        // matrix user's: none is on a fixture's team in an open window (PeerWorkspaceIT proves the team's side).
        Function<Fixture, String> pack = f -> "api/v1/challenges/" + f.challengeId() + "/document-pack";
        Function<Fixture, String> workspace = f -> "api/v1/challenges/" + f.challengeId() + "/workspace";
        cases.put("GET /api/v1/challenges/{challengeId}/document-pack", new Case("GET", pack, f -> null, READS));
        cases.put(
                "POST /api/v1/challenges/{challengeId}/document-pack",
                new Case(
                        "POST",
                        f -> pack.apply(f) + "?title=Pack&fileName=iso-pack.pdf",
                        f -> "%PDF-1.4 " + f.marker() + " pack",
                        EDITS));
        cases.put("GET /api/v1/challenges/{challengeId}/workspace", new Case("GET", workspace, f -> null, NOBODY));
        cases.put(
                "GET /api/v1/challenges/{challengeId}/workspace/notes",
                new Case("GET", f -> workspace.apply(f) + "/notes", f -> null, NOBODY));
        cases.put(
                "POST /api/v1/challenges/{challengeId}/workspace/notes",
                new Case(
                        "POST",
                        f -> workspace.apply(f) + "/notes",
                        f -> "{\"theme\":\"local-priorities-and-outcomes\",\"text\":\"" + f.marker() + "\"}",
                        NOBODY));
        cases.put(
                "GET /api/v1/challenges/{challengeId}/workspace/documents/{evidenceId}/content",
                new Case(
                        "GET",
                        f -> workspace.apply(f) + "/documents/"
                                + latest(owner, "evidence", "id", "kind = 'FILE' and challenge_id = " + f.challengeId())
                                + "/content",
                        f -> null,
                        NOBODY));
        // The team's draft report: no matrix user is on a fixture's team, so only an administrator (in the manager's
        // stead) passes, to read it and to be told by a rule that nothing was handed over (DraftReportIT: the team).
        Function<Fixture, String> draft = f -> workspace.apply(f) + "/draft";
        cases.put(
                "GET /api/v1/challenges/{challengeId}/workspace/draft", new Case("GET", draft, f -> null, ADMINISTERS));
        cases.put(
                "PUT /api/v1/challenges/{challengeId}/workspace/draft/sections/{sectionKey}",
                new Case(
                        "PUT",
                        f -> draft.apply(f) + "/sections/introduction",
                        f -> "{\"text\":\"" + f.marker() + "\"}",
                        NOBODY));
        cases.put(
                "GET /api/v1/challenges/{challengeId}/workspace/draft/sections/{sectionKey}/history",
                new Case("GET", f -> draft.apply(f) + "/sections/introduction/history", f -> null, ADMINISTERS));
        cases.put(
                "POST /api/v1/challenges/{challengeId}/workspace/draft/hand-over",
                new Case("POST", f -> draft.apply(f) + "/hand-over", f -> null, NOBODY));
        cases.put(
                "POST /api/v1/challenges/{challengeId}/workspace/draft/return",
                new Case("POST", f -> draft.apply(f) + "/return", f -> null, ADMINISTERS, Set.of(422)));
        cases.put(
                "POST /api/v1/challenges/{challengeId}/workspace/draft/take-into-report",
                new Case("POST", f -> draft.apply(f) + "/take-into-report", f -> null, ADMINISTERS, Set.of(422)));
        cases.put(
                "GET /api/v1/councils/{code}/progress",
                new Case("GET", f -> "api/v1/councils/" + f.council().code() + "/progress", f -> null, READS));
        cases.put(
                "GET /api/v1/councils/{code}/progress/export.{format}",
                new Case(
                        "GET",
                        f -> "api/v1/councils/" + f.council().code() + "/progress/export.csv",
                        f -> null,
                        READS));
        cases.put(
                "POST /api/v1/imports/responses",
                new Case(
                        "POST",
                        f -> "api/v1/imports/responses?fileName=iso.txt&challenge=" + f.challengeId(),
                        f -> "1.\tIsolation fixture\t" + f.marker() + " imported response",
                        EDITS));
        cases.put(
                "POST /api/v1/imports/responses/confirmation",
                new Case(
                        "POST",
                        f -> "api/v1/imports/responses/confirmation?challenge=" + f.challengeId(),
                        f -> "[{\"recommendationId\":" + f.recommendationId() + ",\"acceptance\":\"ACCEPTED\","
                                + "\"narrative\":\"" + f.marker() + " imported\",\"version\":"
                                + currentVersion(owner, f) + "}]",
                        EDITS));
        cases.put(
                "GET /api/v1/councils/{code}/audit",
                new Case("GET", f -> "api/v1/councils/" + f.council().code() + "/audit", f -> null, READS));
        cases.put(
                "PUT /api/v1/admin/councils/{code}",
                new Case(
                        "PUT",
                        f -> "api/v1/admin/councils/" + f.council().code(),
                        f -> f.council().detailsJson(),
                        ADMINISTERS));
        cases.put(
                "GET /api/v1/admin/councils/{code}/members",
                new Case(
                        "GET",
                        f -> "api/v1/admin/councils/" + f.council().code() + "/members",
                        f -> null,
                        ADMINISTERS));
        cases.put(
                "PUT /api/v1/admin/councils/{code}/members/{username}",
                new Case(
                        "PUT",
                        TenantIsolationIT::memberPath,
                        f -> "{\"role\":\"COUNCIL_VIEWER\",\"email\":\"iso-"
                                + f.council().code() + "@example.test\",\"firstName\":\"Iso\",\"lastName\":\"Lation\"}",
                        ADMINISTERS));
        cases.put(
                "DELETE /api/v1/admin/councils/{code}/members/{username}",
                new Case("DELETE", TenantIsolationIT::memberPath, f -> null, ADMINISTERS));
        CalendarCases.addTo(cases, owner);
        return cases;
    }

    private static String meetingBody(Fixture f) {
        return "{\"committee\":\"" + f.marker() + " committee\",\"metOn\":\"2025-06-10\","
                + "\"considered\":\"FEEDBACK_REPORT\"}";
    }

    /** The newest matching row's column, read as the owner at the moment the case runs. */
    static long latest(Connection owner, String from, String column, String where) {
        try {
            return OwnerDatabase.longs(
                            owner,
                            "select " + column + " from " + from + " where " + where + " order by 1 desc limit 1")
                    .get(0);
        } catch (java.sql.SQLException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("No fixture row in " + from + " where " + where, e);
        }
    }

    private static String memberPath(Fixture f) {
        return "api/v1/admin/councils/" + f.council().code() + "/members/iso-"
                + f.council().code().toLowerCase();
    }

    /** The real WAR on the suite's shared Payara Micro. */
    final URL base = RunningStack.appUrl();

    @Test
    void everyEndpointIsDeclaredCouncilScopedOrShared() throws Exception {
        List<String> unclassified = Endpoints.all().stream()
                .filter(e -> !e.classified())
                .map(Endpoints.Endpoint::key)
                .toList();
        assertEquals(List.of(), unclassified, "mark each endpoint @CouncilScoped, @SharedData or @PersonalData");
    }

    @Test
    void noCouncilSeesOrChangesAnotherCouncilsData() throws Exception {
        Api api = new Api(base);
        try (Connection owner = OwnerDatabase.connect()) {
            Map<String, Case> cases = cases(owner);
            List<String> scoped = Endpoints.all().stream()
                    .filter(Endpoints.Endpoint::councilScoped)
                    .map(Endpoints.Endpoint::key)
                    .toList();
            List<String> uncovered =
                    scoped.stream().filter(key -> !cases.containsKey(key)).toList();
            assertEquals(List.of(), uncovered, "council-scoped endpoints without isolation cases");

            Map<Council, Fixture> fixtures = Map.of(COVENTRY, coventry(api, owner), GATESHEAD, gateshead(api, owner));
            Map<String, String> tokens = USERS.stream().collect(Collectors.toMap(User::name, u -> Tokens.of(u.name())));
            List<String> failures = new ArrayList<>();
            int run = 0;
            int oracles = 0;
            for (String endpoint : scoped) {
                Case c = cases.get(endpoint);
                for (User user : USERS) {
                    for (Council target : List.of(COVENTRY, GATESHEAD)) {
                        Fixture mine = fixtures.get(target);
                        Fixture other = fixtures.get(target == COVENTRY ? GATESHEAD : COVENTRY);
                        List<String> otherBefore =
                                OwnerDatabase.councilData(owner, other.council().code());
                        List<String> targetBefore = OwnerDatabase.councilData(owner, target.code());

                        Api.Reply reply = api.send(
                                c.verb(),
                                c.path().apply(user, mine),
                                tokens.get(user.name()),
                                c.body().apply(mine));
                        run++;
                        boolean allowed = c.allowed().test(user, target);
                        String label = endpoint + " as " + user.name() + " for " + target.code();
                        boolean passed =
                                reply.status() / 100 == 2 || c.refusedByRule().contains(reply.status());
                        if (allowed != passed || (!allowed && reply.status() != 403 && reply.status() != 404)) {
                            failures.add(label + ": expected " + (allowed ? "2xx" : "403 or 404") + ", got "
                                    + reply.status() + " " + reply.body());
                        }
                        if (!allowed && !READS.test(user, target)) {
                            oracles += sameAsMissing(api, c, user, tokens.get(user.name()), reply, label, failures);
                        }
                        if ((!allowed || !c.acrossCouncils())
                                && (reply.body().contains(other.marker())
                                        || reply.body().contains(other.council().code()))) {
                            failures.add(label + ": the reply carries the other council's data: " + reply.body());
                        }
                        if (!allowed && reply.body().contains(mine.marker())) {
                            failures.add(label + ": a refusal carries the council's data: " + reply.body());
                        }
                        if (!OwnerDatabase.councilData(owner, other.council().code())
                                .equals(otherBefore)) {
                            failures.add(label + ": the other council's data changed");
                        }
                        boolean changed =
                                !OwnerDatabase.councilData(owner, target.code()).equals(targetBefore);
                        if (changed && !(allowed && !c.verb().equals("GET"))) {
                            failures.add(label + ": the council's data changed without a permitted write");
                        }
                    }
                }
            }
            System.out.printf(
                    "[it] tenant isolation: %d cases (%d council-scoped endpoints x %d users x 2 councils),"
                            + " %d refusals compared with a missing record, %d failures%n",
                    run, scoped.size(), USERS.size(), oracles, failures.size());
            assertTrue(failures.isEmpty(), String.join("\n", failures));
            assertEquals(scoped.size() * USERS.size() * 2, run);
        }
    }

    /** A user of the council other than its editor, to name as an action's owner. */
    private static String colleagueIn(Council council) {
        return council.equals(COVENTRY) ? "coventry-viewer" : council.equals(GATESHEAD) ? "gateshead-editor" : "nobody";
    }

    /**
     * An action's owner may be one of the council's users, never another council's: naming one is refused with a
     * 422 problem whether the action is added or changed, and nothing is written to either council.
     */
    @Test
    void aCouncilCanNeverNameAnotherCouncilsUserAsAnActionsOwner() throws Exception {
        Api api = new Api(base);
        try (Connection owner = OwnerDatabase.connect()) {
            Map<Council, Fixture> fixtures = Map.of(COVENTRY, coventry(api, owner), GATESHEAD, gateshead(api, owner));
            for (Council council : List.of(COVENTRY, GATESHEAD)) {
                Fixture mine = fixtures.get(council);
                Council other = council.equals(COVENTRY) ? GATESHEAD : COVENTRY;
                String token = Tokens.of(council.equals(COVENTRY) ? "coventry-editor" : "gateshead-editor");
                String actions = "api/v1/recommendations/" + mine.recommendationId() + "/response/actions";
                List<String> before = OwnerDatabase.councilData(owner, council.code());
                List<String> otherBefore = OwnerDatabase.councilData(owner, other.code());

                Api.Reply added = api.send("POST", actions, token, ownedBy("Not ours", colleagueIn(other), null));
                long action = OwnerDatabase.longs(
                                owner,
                                "select p.id from plan_action p join council_response r on r.id = p.response_id"
                                        + " where r.recommendation_id = " + mine.recommendationId()
                                        + " order by p.id desc limit 1")
                        .get(0);
                long version = OwnerDatabase.longs(owner, "select version from plan_action where id = " + action)
                        .get(0);
                Api.Reply revised = api.send(
                        "PUT", actions + "/" + action, token, ownedBy("Not ours", colleagueIn(other), version));

                for (Api.Reply refused : List.of(added, revised)) {
                    assertEquals(422, refused.status(), refused.body());
                    assertTrue(refused.isProblem(), refused.body());
                    assertEquals(
                            "action-owner-not-of-council",
                            refused.json().asJsonObject().getString("rule"),
                            refused.body());
                }
                assertEquals(before, OwnerDatabase.councilData(owner, council.code()));
                assertEquals(otherBefore, OwnerDatabase.councilData(owner, other.code()));

                Api.Reply ours = api.send("POST", actions, token, ownedBy("Ours", colleagueIn(council), null));
                assertEquals(201, ours.status(), ours.body());
                assertEquals("USER", ours.json().asJsonObject().getString("ownerKind"), ours.body());
                assertEquals(colleagueIn(council), ours.json().asJsonObject().getString("ownerUser"));
            }
        }
    }

    private static String ownedBy(String description, String username, Long version) {
        return "{\"description\":\"" + description + "\",\"ownerKind\":\"USER\",\"ownerUser\":\"" + username + "\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    /** Ids and a code that exist nowhere: what a caller who may not know a record exists must be told alike. */
    static final Fixture MISSING = new Fixture(
            new Council("E99999999", "west-midlands", "Nowhere Council"), 999_999_999L, 999_999_998L, "MARK-NOWHERE");

    /**
     * A refusal to someone who may not know the record exists must read exactly as the answer for a record that
     * does not exist: same status, same detail. Cases whose address needs a real row of the council are skipped.
     */
    private static int sameAsMissing(
            Api api, Case c, User user, String token, Api.Reply refused, String label, List<String> failures)
            throws Exception {
        String path;
        String body;
        try {
            path = c.path().apply(user, MISSING);
            body = c.body().apply(MISSING);
        } catch (IllegalStateException needsARealRow) {
            return 0;
        }
        Api.Reply missing = api.send(c.verb(), path, token, body);
        String refusedDetail =
                refused.isProblem() ? refused.json().asJsonObject().getString("detail", "") : "";
        String missingDetail =
                missing.isProblem() ? missing.json().asJsonObject().getString("detail", "") : "";
        if (missing.status() != refused.status() || !missingDetail.equals(refusedDetail)) {
            failures.add(label + ": refused with " + refused.status() + " \"" + refusedDetail + "\" but a missing"
                    + " record answers " + missing.status() + " \"" + missingDetail
                    + "\": the answer tells that it exists");
        }
        return 1;
    }

    /** Coventry's 2024 challenge from the demo data, with a response from its editor. */
    static Fixture coventry(Api api, Connection owner) throws Exception {
        long challenge = api.get("api/v1/councils/" + COVENTRY.code() + "/challenges", Tokens.of("pcm"))
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long recommendation = api.get("api/v1/challenges/" + challenge, Tokens.of("pcm"))
                .json()
                .asJsonObject()
                .getJsonArray("recommendations")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        return withResponse(
                api, owner, new Fixture(COVENTRY, challenge, recommendation, "MARK-COVENTRY-ONLY"), "coventry-editor");
    }

    /** Gateshead has no challenge in the demo data; the test gives it one with a recommendation. */
    static Fixture gateshead(Api api, Connection owner) throws Exception {
        List<Long> existing = OwnerDatabase.longs(
                owner,
                "select r.id from key_recommendation r join peer_challenge c"
                        + " on c.id = r.challenge_id join council k on k.id = c.council_id where k.code = '"
                        + GATESHEAD.code() + "' and r.printed_number = 'ISO-1'");
        long recommendation;
        long challenge;
        if (existing.isEmpty()) {
            challenge = OwnerDatabase.nextId(owner);
            recommendation = OwnerDatabase.nextId(owner);
            OwnerDatabase.execute(
                    owner,
                    "insert into peer_challenge (id, council_id, kind, theme_framework,"
                            + " on_site_start, on_site_end, status) select " + challenge
                            + ", id, 'CORPORATE_PEER_CHALLENGE',"
                            + " 'CPC_2020', '2025-03-03', '2025-03-06', 'PUBLISHED' from council where code = '"
                            + GATESHEAD.code() + "'");
            OwnerDatabase.execute(
                    owner,
                    "insert into key_recommendation (id, challenge_id, printed_number, title,"
                            + " body, list_order) values (" + recommendation + ", " + challenge
                            + ", 'ISO-1', 'Isolation fixture', 'A recommendation made to Gateshead only.', 1)");
        } else {
            recommendation = existing.get(0);
            challenge = OwnerDatabase.longs(
                            owner, "select challenge_id from key_recommendation where id = " + recommendation)
                    .get(0);
        }
        return withResponse(
                api,
                owner,
                new Fixture(GATESHEAD, challenge, recommendation, "MARK-GATESHEAD-ONLY"),
                "gateshead-editor");
    }

    /**
     * Gives the council's fixture one of everything its editor can write: a response, an action with an update,
     * a file, two committee meetings, a saved position statement and a submitted plan.
     */
    private static Fixture withResponse(Api api, Connection owner, Fixture fixture, String editor) throws Exception {
        String token = Tokens.of(editor);
        String response = "api/v1/recommendations/" + fixture.recommendationId() + "/response";
        String plan = "api/v1/action-plans/" + fixture.challengeId();
        expect(
                200,
                api.put(
                        response,
                        token,
                        responseBody(fixture.marker() + " first answer", currentVersion(owner, fixture))));
        long action = expect(
                        201,
                        api.send(
                                "POST",
                                response + "/actions",
                                token,
                                "{\"description\":\"" + fixture.marker() + " fixture action\",\"due\":\"2026-03-31\"}"))
                .getJsonNumber("id")
                .longValue();
        expect(
                201,
                api.send(
                        "POST",
                        response + "/actions/" + action + "/updates",
                        token,
                        "{\"narrative\":\"" + fixture.marker() + " fixture update\"}"));
        expect(
                201,
                api.upload(
                        response + "/evidence/files?title=iso&fileName=iso.pdf",
                        token,
                        ("%PDF-1.4 " + fixture.marker()).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        "application/pdf"));
        for (int i = 0; i < 2; i++) {
            expect(201, api.send("POST", plan + "/meetings", token, meetingBody(fixture)));
        }
        Api.Reply statement = api.put(plan + "/position-statement", token, "{\"body\":\"" + fixture.marker() + "\"}");
        assertTrue(statement.status() == 200 || statement.status() == 409, statement.body());
        Api.Reply rated = api.put(
                "api/v1/progress-reviews/" + fixture.challengeId() + "/self-assessments/" + fixture.recommendationId(),
                token,
                selfAssessmentBody(fixture.marker() + " self-assessment", selfAssessmentVersion(owner, fixture)));
        assertTrue(
                rated.status() == 200 || rated.status() == 422, "422 once the review report is out: " + rated.body());
        Api.Reply submitted = api.send("POST", plan + "/submissions", token, null);
        assertTrue(submitted.status() == 201 || submitted.status() == 422, submitted.body());
        return fixture;
    }

    private static jakarta.json.JsonObject expect(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }

    private static Long currentVersion(Connection owner, Fixture fixture) {
        try {
            List<Long> versions = OwnerDatabase.longs(
                    owner,
                    "select version from council_response where" + " recommendation_id = "
                            + fixture.recommendationId());
            return versions.isEmpty() ? null : versions.get(0);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long selfAssessmentVersion(Connection owner, Fixture fixture) {
        try {
            List<Long> versions = OwnerDatabase.longs(
                    owner,
                    "select version from council_self_assessment where recommendation_id = "
                            + fixture.recommendationId());
            return versions.isEmpty() ? null : versions.get(0);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String selfAssessmentBody(String narrative, Long version) {
        return "{\"rag\":\"GREEN\",\"narrative\":\"" + narrative + "\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static String responseBody(String narrative, Long version) {
        return "{\"acceptance\":\"ACCEPTED\",\"narrative\":\"" + narrative + "\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }
}
