package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register of English councils loaded through the API from files the test writes (invented councils, codes
 * E9x… that no real or demo council has): a preview, then one transaction with one register trail entry per
 * change; loading again changes nothing; nothing is ever deleted; Keycloak groups come on first use. Other suites
 * share the database, so every assertion is scoped to this test's own codes.
 */
@ExtendWith(RunningStack.class)
class CouncilRegisterIT {

    private static final String REGISTER = "api/v1/admin/councils/register";
    private static final String[] TYPES = {
        "Unitary Authority", "London Borough", "Metropolitan District", "Non-metropolitan District", "County Council"
    };
    private static final String[] REGIONS = {
        "North East",
        "North West",
        "Yorkshire and The Humber",
        "East Midlands",
        "West Midlands",
        "East of England",
        "London",
        "South East",
        "South West"
    };

    final URL base = RunningStack.appUrl();

    private Api api;
    private String admin;

    @BeforeEach
    void connect() {
        api = new Api(base);
        admin = Tokens.of("admin");
    }

    @Test
    void aRegisterOf320RowsLoadsInOneTransactionAndLoadingItAgainChangesNothing() throws Exception {
        String file = register(320, i -> row("E97%06d".formatted(i), "Testshire " + i + " Council", i));

        JsonObject preview = preview(file, "");
        assertEquals(320, preview.getInt("rows"));
        assertEquals(320, preview.getJsonObject("counts").getInt("ADDED"), preview.toString());
        assertEquals(List.of("code", "name", "type", "region"), strings(preview, "guessed"));
        assertEquals(0L, count("select count(*) from council where code like 'E97%'"), "a preview changes nothing");

        JsonObject loaded = confirm(preview.getJsonNumber("id").longValue());
        assertEquals("CONFIRMED", loaded.getString("status"));
        assertEquals(320L, count("select count(*) from council where code like 'E97%'"));
        assertEquals(
                320L,
                count("select count(*) from council_register_change where kind = 'ADDED' and actor = 'admin'"
                        + " and register_code like 'E97%' and load_id = " + preview.getJsonNumber("id")));
        assertEquals(
                1L,
                count("select count(distinct x) from (select xmin::text as x from council where code like 'E97%'"
                        + " union all select xmin::text from council_register_change where load_id = "
                        + preview.getJsonNumber("id") + " union all select xmin::text from register_load where id = "
                        + preview.getJsonNumber("id") + ") written"),
                "every council, every trail entry and the load's confirmation were written by one transaction");
        assertEquals(
                "Testshire 7 Council|METROPOLITAN_DISTRICT|south-east|true",
                string("select name || '|' || council_type || '|' || region_code || '|' ||"
                        + " (missing_from_register_since is null) from council where code = 'E97000007'"));

        JsonObject again = preview(file, "");
        assertEquals(List.of(), again.getJsonArray("changes"), again.toString());
        assertEquals(320, again.getInt("unchanged") - alreadyFlaggedOutside("E97"), again.toString());
        JsonObject reloaded = confirm(again.getJsonNumber("id").longValue());
        assertEquals(List.of(), reloaded.getJsonArray("changes"));
        assertEquals(
                0L, count("select count(*) from council_register_change where load_id = " + again.getJsonNumber("id")));
        assertEquals(320L, count("select count(*) from council where code like 'E97%'"));
    }

    @Test
    void aRenamedCouncilIsRenamedWithOneTrailEntryAndOneLeftOutIsFlaggedNotRemoved() throws Exception {
        String first = register(3, i -> row("E96%06d".formatted(i), "Renamington " + i, i));
        confirm(preview(first, "").getJsonNumber("id").longValue());

        String second =
                register(2, i -> row("E96%06d".formatted(i), i == 1 ? "New Renamington" : "Renamington " + i, i));
        JsonObject preview = preview(second, "");
        assertEquals(
                List.of("RENAMED E96000001 Renamington 1>New Renamington", "MISSING_FROM_REGISTER E96000003"),
                changesOf(preview, "E96"));
        long loadId = preview.getJsonNumber("id").longValue();
        confirm(loadId);

        assertEquals("New Renamington", string("select name from council where code = 'E96000001'"));
        assertEquals(
                List.of("admin|Renamington 1|New Renamington"),
                strings("select actor || '|' || before_value || '|' || after_value from council_register_change"
                        + " where register_code = 'E96000001' and kind = 'RENAMED'"));
        assertEquals(1L, count("select count(*) from council where code = 'E96000003'"), "flagged, not removed");
        assertNotNull(string("select missing_from_register_since from council where code = 'E96000003'"));
        assertEquals(
                1L,
                count("select count(*) from council_register_change where register_code = 'E96000003'"
                        + " and kind = 'MISSING_FROM_REGISTER' and load_id = " + loadId));
        Api.Reply read = api.get(REGISTER + "/loads/" + loadId, admin);
        assertEquals(200, read.status(), read.body());
        assertEquals(
                List.of("RENAMED E96000001 Renamington 1>New Renamington", "MISSING_FROM_REGISTER E96000003"),
                changesOf(read.json().asJsonObject(), "E96"));

        JsonObject back = preview(first, "");
        assertEquals(
                List.of("RENAMED E96000001 New Renamington>Renamington 1", "BACK_IN_REGISTER E96000003"),
                changesOf(back, "E96"));
        confirm(back.getJsonNumber("id").longValue());
        assertNull(string("select missing_from_register_since from council where code = 'E96000003'"));
    }

    @Test
    void theColumnsAreTheOnesNamedOnUploadWhateverTheHeadingsSay() throws Exception {
        String file = "Authority,Ref,Kind,Area,Region\r\n\"Commas, Ltd Borough\",E93000001,LB,London,North East\r\n";
        JsonObject preview =
                preview(file, "?codeColumn=Ref&nameColumn=Authority&typeColumn=Kind&regionColumn=Area&fileName=x.csv");
        assertEquals(List.of(), strings(preview, "guessed"));
        assertEquals(
                "ADDED E93000001 null>Commas, Ltd Borough (LONDON_BOROUGH, london)",
                changesOf(preview, "E93").get(0));
    }

    @Test
    void aCouncilTheRegisterAddedGetsItsKeycloakGroupOnFirstAccessNotAtLoading() throws Exception {
        String file = register(1, i -> row("E95%06d".formatted(i), "Groupless " + i, i));
        confirm(preview(file, "").getJsonNumber("id").longValue());
        assertEquals(404, keycloakGroup("E95000001"), "no group for a council only loaded");
        assertEquals("false", string("select identity_group_ready::text from council where code = 'E95000001'"));

        Api.Reply granted = api.put(
                "api/v1/admin/councils/E95000001/members/groupless-officer",
                admin,
                "{\"role\":\"COUNCIL_EDITOR\",\"email\":\"groupless-" + System.nanoTime() + "@example.test\","
                        + "\"firstName\":\"Gia\",\"lastName\":\"Groupless\",\"initialPassword\":\"Correct-Horse-42\"}");
        assertEquals(204, granted.status(), granted.body());
        assertEquals(200, keycloakGroup("E95000001"), "made on first use");
        assertEquals("true", string("select identity_group_ready::text from council where code = 'E95000001'"));
        assertEquals(
                "E95000001",
                Tokens.claims(Tokens.of("groupless-officer", "Correct-Horse-42"))
                        .getString("council"));
    }

    @Test
    void aFileWithWrongRowsIsRefusedListingEachLineAndNothingIsSaved() throws Exception {
        long loads = count("select count(*) from register_load");
        String file = "LAD24CD,LAD24NM,Type,RGN24NM\n"
                + "E94000001,Fine,Unitary Authority,London\n"
                + "E9400000X,Bad code,Unitary Authority,London\n"
                + "E94000001,Twice,Unitary Authority,London\n"
                + "E94000004,,Unitary Authority,London\n"
                + "E94000005,Odd,Parish,Atlantis\n";
        Api.Reply refused = api.upload(REGISTER, admin, file.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.isProblem(), refused.body());
        JsonObject problem = refused.json().asJsonObject();
        assertEquals("register-rows-invalid", problem.getString("rule"));
        assertEquals(
                List.of(3, 4, 5, 6),
                problem.getJsonArray("errors").stream()
                        .map(e -> e.asJsonObject().getInt("line"))
                        .toList());
        assertTrue(problem.getJsonArray("errors")
                .getJsonObject(3)
                .getString("message")
                .contains("'Atlantis'"));

        Api.Reply columns =
                api.upload(REGISTER + "?codeColumn=LAD23CD", admin, file.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(422, columns.status(), columns.body());
        assertEquals("register-columns-unknown", columns.json().asJsonObject().getString("rule"));
        assertEquals(
                List.of("LAD24CD", "LAD24NM", "Type", "RGN24NM"),
                strings(columns.json().asJsonObject(), "headings"));

        Api.Reply tooLarge = api.upload(REGISTER, admin, new byte[1024 * 1024 + 1], "text/csv");
        assertEquals(413, tooLarge.status(), tooLarge.body());
        assertTrue(tooLarge.isProblem(), tooLarge.body());
        Api.Reply unclosed =
                api.upload(REGISTER, admin, "code,name\n\"E94".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(422, unclosed.status(), unclosed.body());
        Api.Reply empty = api.upload(REGISTER, admin, new byte[0], "text/csv");
        assertEquals(422, empty.status(), empty.body());

        assertEquals(loads, count("select count(*) from register_load"), "nothing saved");
        assertEquals(0L, count("select count(*) from council where code like 'E94%'"));
    }

    @Test
    void aPreviewIsConfirmedOnceAndOnlyWhileTheCouncilsAreAsItSawThem() throws Exception {
        String one = register(1, i -> row("E92%06d".formatted(i), "Racer " + i, i));
        String two = register(2, i -> row("E92%06d".formatted(i), "Racer " + i, i));
        long stale = preview(one, "").getJsonNumber("id").longValue();
        long fresh = preview(two, "").getJsonNumber("id").longValue();
        confirm(fresh);

        Api.Reply outOfDate = api.send("POST", REGISTER + "/loads/" + stale + "/confirm", admin, null);
        assertEquals(409, outOfDate.status(), outOfDate.body());
        assertEquals(
                "register-changed-since-preview",
                outOfDate.json().asJsonObject().getString("rule"));
        Api.Reply twice = api.send("POST", REGISTER + "/loads/" + fresh + "/confirm", admin, null);
        assertEquals(409, twice.status(), twice.body());
        assertEquals(
                "register-load-already-confirmed", twice.json().asJsonObject().getString("rule"));
        assertEquals(2L, count("select count(*) from council where code like 'E92%'"));
        assertEquals(
                404,
                api.send("POST", REGISTER + "/loads/999999999/confirm", admin, null)
                        .status());
    }

    @Test
    void onlyAnAdministratorLoadsTheRegister() throws Exception {
        byte[] file = register(1, i -> row("E91%06d".formatted(i), "Nobody's " + i, i))
                .getBytes(StandardCharsets.UTF_8);
        for (String user : List.of("pcm", "adviser-wm", "coventry-editor")) {
            assertEquals(
                    403, api.upload(REGISTER, Tokens.of(user), file, "text/csv").status(), user);
        }
        assertEquals(401, api.upload(REGISTER, null, file, "text/csv").status());
    }

    private JsonObject preview(String file, String query) throws Exception {
        Api.Reply reply = api.upload(REGISTER + query, admin, file.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }

    private JsonObject confirm(long id) throws Exception {
        Api.Reply reply = api.send("POST", REGISTER + "/loads/" + id + "/confirm", admin, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }

    /** A register file with the headings of the ONS's 2024 lookups, one invented council a row. */
    private static String register(int rows, IntFunction<String> row) {
        return "\uFEFFLAD24CD,LAD24NM,Type,RGN24NM\r\n"
                + IntStream.rangeClosed(1, rows).mapToObj(row).collect(Collectors.joining("\r\n")) + "\r\n";
    }

    private static String row(String code, String name, int i) {
        return code + ",\"" + name + "\"," + TYPES[i % TYPES.length] + "," + REGIONS[i % REGIONS.length];
    }

    /** The changes a preview or load lists for this test's councils, as "KIND code before>after". */
    private static List<String> changesOf(JsonObject view, String prefix) {
        return view.getJsonArray("changes").stream()
                .map(c -> c.asJsonObject())
                .filter(c -> c.getString("code").startsWith(prefix))
                .map(c -> c.getString("kind") + " " + c.getString("code")
                        + (c.getString("kind").startsWith("MISSING")
                                        || c.getString("kind").startsWith("BACK")
                                ? ""
                                : " " + text(c, "before") + ">" + text(c, "after")))
                .toList();
    }

    private static String text(JsonObject change, String key) {
        return change.containsKey(key) && !change.isNull(key) ? change.getString(key) : "null";
    }

    private static List<String> strings(JsonObject object, String key) {
        return object.getJsonArray(key).stream()
                .map(v -> ((jakarta.json.JsonString) v).getString())
                .toList();
    }

    /** Councils not in this test's file that an earlier load already flagged: they count as unchanged. */
    private static int alreadyFlaggedOutside(String prefix) throws Exception {
        return (int) count("select count(*) from council where code not like '" + prefix + "%'"
                + " and missing_from_register_since is not null");
    }

    private static long count(String query) throws Exception {
        try (Connection owner = OwnerDatabase.connect()) {
            return OwnerDatabase.longs(owner, query).get(0);
        }
    }

    private static String string(String query) throws Exception {
        try (Connection owner = OwnerDatabase.connect()) {
            return OwnerDatabase.strings(owner, query).get(0);
        }
    }

    private static List<String> strings(String query) throws Exception {
        try (Connection owner = OwnerDatabase.connect()) {
            return OwnerDatabase.strings(owner, query);
        }
    }

    /** The status Keycloak's admin API answers for the council's group: 200 there, 404 not. */
    private static int keycloakGroup(String code) throws Exception {
        HttpResponse<String> found = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(RunningStack.keycloakUrl()
                                        + "/admin/realms/lga/group-by-path/councils/" + code))
                                .header("Authorization", "Bearer " + Tokens.fromAnotherRealm())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return found.statusCode();
    }
}
