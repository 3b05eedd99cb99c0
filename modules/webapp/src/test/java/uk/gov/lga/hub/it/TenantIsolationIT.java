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
    record Fixture(Council council, long challengeId, long recommendationId, String marker) {
    }

    /** Who may read a council's records in detail: LGA staff, the council's own users, its region's adviser. */
    static final BiPredicate<User, Council> READS = (user, council) -> user.has("lga-admin")
            || user.has("peer-challenge-manager") || council.equals(user.council())
            || council.region().equals(user.region());

    /** Who may change a council's response: its own editors only. */
    static final BiPredicate<User, Council> EDITS = (user, council) -> user.has("council-editor")
            && council.equals(user.council());

    /** Who may onboard a council and manage its users: LGA administrators. */
    static final BiPredicate<User, Council> ADMINISTERS = (user, council) -> user.has("lga-admin");

    record Case(String verb, Function<Fixture, String> path, Function<Fixture, String> body,
                BiPredicate<User, Council> allowed) {
    }

    /** The cases, per council-scoped endpoint. An endpoint missing here fails the build. */
    private Map<String, Case> cases(Connection owner) {
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("GET /api/v1/councils/{code}/challenges",
                new Case("GET", f -> "api/v1/councils/" + f.council().code() + "/challenges", f -> null, READS));
        cases.put("GET /api/v1/challenges/{id}",
                new Case("GET", f -> "api/v1/challenges/" + f.challengeId(), f -> null, READS));
        cases.put("GET /api/v1/challenges/{id}/responses",
                new Case("GET", f -> "api/v1/challenges/" + f.challengeId() + "/responses", f -> null, READS));
        cases.put("GET /api/v1/recommendations/{id}/response",
                new Case("GET", f -> "api/v1/recommendations/" + f.recommendationId() + "/response", f -> null, READS));
        cases.put("PUT /api/v1/recommendations/{id}/response",
                new Case("PUT", f -> "api/v1/recommendations/" + f.recommendationId() + "/response",
                        f -> responseBody(f.marker() + " revised", currentVersion(owner, f)), EDITS));
        cases.put("GET /api/v1/councils/{code}/audit",
                new Case("GET", f -> "api/v1/councils/" + f.council().code() + "/audit", f -> null, READS));
        cases.put("PUT /api/v1/admin/councils/{code}",
                new Case("PUT", f -> "api/v1/admin/councils/" + f.council().code(), f -> f.council().detailsJson(),
                        ADMINISTERS));
        cases.put("GET /api/v1/admin/councils/{code}/members",
                new Case("GET", f -> "api/v1/admin/councils/" + f.council().code() + "/members", f -> null,
                        ADMINISTERS));
        cases.put("PUT /api/v1/admin/councils/{code}/members/{username}",
                new Case("PUT", TenantIsolationIT::memberPath, f -> "{\"role\":\"COUNCIL_VIEWER\",\"email\":\"iso-"
                        + f.council().code() + "@example.test\",\"firstName\":\"Iso\",\"lastName\":\"Lation\"}",
                        ADMINISTERS));
        cases.put("DELETE /api/v1/admin/councils/{code}/members/{username}",
                new Case("DELETE", TenantIsolationIT::memberPath, f -> null, ADMINISTERS));
        return cases;
    }

    private static String memberPath(Fixture f) {
        return "api/v1/admin/councils/" + f.council().code() + "/members/iso-" + f.council().code().toLowerCase();
    }


    /** The real WAR on the suite's shared Payara Micro. */
    final URL base = RunningStack.appUrl();

    @Test
    void everyEndpointIsDeclaredCouncilScopedOrShared() throws Exception {
        List<String> unclassified = Endpoints.all().stream().filter(e -> !e.classified()).map(Endpoints.Endpoint::key)
                .toList();
        assertEquals(List.of(), unclassified, "mark each endpoint @CouncilScoped or @SharedData");
    }

    @Test
    void noCouncilSeesOrChangesAnotherCouncilsData() throws Exception {
        Api api = new Api(base);
        try (Connection owner = OwnerDatabase.connect()) {
            Map<String, Case> cases = cases(owner);
            List<String> scoped = Endpoints.all().stream().filter(Endpoints.Endpoint::councilScoped)
                    .map(Endpoints.Endpoint::key).toList();
            List<String> uncovered = scoped.stream().filter(key -> !cases.containsKey(key)).toList();
            assertEquals(List.of(), uncovered, "council-scoped endpoints without isolation cases");

            Map<Council, Fixture> fixtures = Map.of(COVENTRY, coventry(api, owner), GATESHEAD, gateshead(api, owner));
            Map<String, String> tokens = USERS.stream().collect(Collectors.toMap(User::name, u -> Tokens.of(u.name())));
            List<String> failures = new ArrayList<>();
            int run = 0;
            for (String endpoint : scoped) {
                Case c = cases.get(endpoint);
                for (User user : USERS) {
                    for (Council target : List.of(COVENTRY, GATESHEAD)) {
                        Fixture mine = fixtures.get(target);
                        Fixture other = fixtures.get(target == COVENTRY ? GATESHEAD : COVENTRY);
                        List<String> otherBefore = OwnerDatabase.councilData(owner, other.council().code());
                        List<String> targetBefore = OwnerDatabase.councilData(owner, target.code());

                        Api.Reply reply = api.send(c.verb(), c.path().apply(mine), tokens.get(user.name()),
                                c.body().apply(mine));
                        run++;
                        boolean allowed = c.allowed().test(user, target);
                        String label = endpoint + " as " + user.name() + " for " + target.code();
                        if (allowed != (reply.status() / 100 == 2) || (!allowed && reply.status() != 403)) {
                            failures.add(label + ": expected " + (allowed ? "2xx" : "403") + ", got " + reply.status()
                                    + " " + reply.body());
                        }
                        if (reply.body().contains(other.marker()) || reply.body().contains(other.council().code())) {
                            failures.add(label + ": the reply carries the other council's data: " + reply.body());
                        }
                        if (!allowed && reply.body().contains(mine.marker())) {
                            failures.add(label + ": a refusal carries the council's data: " + reply.body());
                        }
                        if (!OwnerDatabase.councilData(owner, other.council().code()).equals(otherBefore)) {
                            failures.add(label + ": the other council's data changed");
                        }
                        boolean changed = !OwnerDatabase.councilData(owner, target.code()).equals(targetBefore);
                        if (changed && !(allowed && !c.verb().equals("GET"))) {
                            failures.add(label + ": the council's data changed without a permitted write");
                        }
                    }
                }
            }
            System.out.printf("[it] tenant isolation: %d cases (%d council-scoped endpoints x %d users x 2 councils),"
                    + " %d failures%n", run, scoped.size(), USERS.size(), failures.size());
            assertTrue(failures.isEmpty(), String.join("\n", failures));
            assertEquals(scoped.size() * USERS.size() * 2, run);
        }
    }

    /** Coventry's 2024 challenge from the demo data, with a response from its editor. */
    private Fixture coventry(Api api, Connection owner) throws Exception {
        long challenge = api.get("api/v1/councils/" + COVENTRY.code() + "/challenges", Tokens.of("pcm")).json()
                .asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        long recommendation = api.get("api/v1/challenges/" + challenge, Tokens.of("pcm")).json().asJsonObject()
                .getJsonArray("recommendations").getJsonObject(0).getJsonNumber("id").longValue();
        return withResponse(api, owner, new Fixture(COVENTRY, challenge, recommendation, "MARK-COVENTRY-ONLY"),
                "coventry-editor");
    }

    /** Gateshead has no challenge in the demo data; the test gives it one with a recommendation. */
    private Fixture gateshead(Api api, Connection owner) throws Exception {
        List<Long> existing = OwnerDatabase.longs(owner, "select r.id from key_recommendation r join peer_challenge c"
                + " on c.id = r.challenge_id join council k on k.id = c.council_id where k.code = '"
                + GATESHEAD.code() + "' and r.printed_number = 'ISO-1'");
        long recommendation;
        long challenge;
        if (existing.isEmpty()) {
            challenge = OwnerDatabase.nextId(owner);
            recommendation = OwnerDatabase.nextId(owner);
            OwnerDatabase.execute(owner, "insert into peer_challenge (id, council_id, kind, theme_framework,"
                    + " on_site_start, on_site_end, status) select " + challenge + ", id, 'CORPORATE_PEER_CHALLENGE',"
                    + " 'CPC_2020', '2025-03-03', '2025-03-06', 'PUBLISHED' from council where code = '"
                    + GATESHEAD.code() + "'");
            OwnerDatabase.execute(owner, "insert into key_recommendation (id, challenge_id, printed_number, title,"
                    + " body, list_order) values (" + recommendation + ", " + challenge
                    + ", 'ISO-1', 'Isolation fixture', 'A recommendation made to Gateshead only.', 1)");
        } else {
            recommendation = existing.get(0);
            challenge = OwnerDatabase.longs(owner, "select challenge_id from key_recommendation where id = "
                    + recommendation).get(0);
        }
        return withResponse(api, owner, new Fixture(GATESHEAD, challenge, recommendation, "MARK-GATESHEAD-ONLY"),
                "gateshead-editor");
    }

    private Fixture withResponse(Api api, Connection owner, Fixture fixture, String editor) throws Exception {
        Api.Reply reply = api.put("api/v1/recommendations/" + fixture.recommendationId() + "/response",
                Tokens.of(editor), responseBody(fixture.marker() + " first answer", currentVersion(owner, fixture)));
        assertEquals(200, reply.status(), reply.body());
        return fixture;
    }

    private static Long currentVersion(Connection owner, Fixture fixture) {
        try {
            List<Long> versions = OwnerDatabase.longs(owner, "select version from council_response where"
                    + " recommendation_id = " + fixture.recommendationId());
            return versions.isEmpty() ? null : versions.get(0);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String responseBody(String narrative, Long version) {
        return "{\"acceptance\":\"ACCEPTED\",\"narrative\":\"" + narrative + "\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }
}
