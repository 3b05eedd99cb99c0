package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed input over every operation the running application publishes in /openapi, as every demo user, with bad
 * tokens and anonymously: bodies, path and query values, content types. Nothing may answer 5xx, and every refusal
 * from the API is a problem document without a stack trace.
 *
 * <p>It shares the application and database with the other suites, in any order, so it never sends anything that
 * could succeed against their data: real record ids and codes are only combined with bodies the server must refuse
 * whatever the record (unparseable, of the wrong shape, too large) and only on operations that read or take JSON;
 * everything else (empty objects, unknown fields, wrong field types, deletions, bodiless writes, uploads) targets
 * ids and codes that do not exist.
 */
@ExtendWith(RunningStack.class)
class FuzzIT {

    private static final long SEED = 20_261_130L;
    private static final int MIN_REQUESTS = 10_000;
    private static final int IN_FLIGHT = 6;
    private static final int BODY_LIMIT = 1_048_576;
    private static final int LONGEST_TEXT = 100_000;
    private static final List<String> USERS = List.of(
            "admin", "pcm", "adviser-wm", "adviser-ne", "coventry-editor", "coventry-viewer", "gateshead-editor");

    /** HTTP/1.1: with the default HTTP/2 upgrade every request would queue on one connection. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    static URL base;
    static List<Operation> operations;
    static Map<String, String> tokens;
    static Map<String, String> realValues;

    /**
     * The development clock control (PUT /api/v1/admin/clock) is fuzzed like everything else, and a value such as
     * "-1" moves "today" for the administrator: the suites share the server, so it is put back.
     */
    @AfterAll
    static void resetTheClock() throws Exception {
        Api.Reply reset = new Api(base).delete("api/v1/admin/clock", Tokens.of("admin"));
        if (reset.status() != 200) {
            throw new AssertionError("the clock was not reset: " + reset.status() + " " + reset.body());
        }
    }

    @BeforeAll
    static void readTheApi() throws Exception {
        base = RunningStack.appUrl();
        operations = Operation.readAll(openApi());
        String pcm = Tokens.of("pcm");
        Api api = new Api(base);
        long challenge = api.get("api/v1/councils/E08000026/challenges", pcm)
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        JsonObject detail =
                api.get("api/v1/challenges/" + challenge, pcm).json().asJsonObject();
        String recommendation = detail.getJsonArray("recommendations").isEmpty()
                ? "1"
                : detail.getJsonArray("recommendations")
                        .getJsonObject(0)
                        .get("id")
                        .toString();
        realValues = Map.of(
                "id",
                String.valueOf(challenge),
                "challengeId",
                String.valueOf(challenge),
                "recommendationId",
                recommendation,
                "code",
                "E08000026",
                "region",
                "west-midlands",
                "username",
                "coventry-viewer");
        tokens = new LinkedHashMap<>();
        tokens.put("anonymous", null);
        tokens.put("garbage", "not-a-token");
        tokens.put("expired-looking", expiredLookingToken());
        for (String user : USERS) {
            tokens.put(user, Tokens.of(user));
        }
    }

    /**
     * Outside the API: the adviser's dashboard and its downloads read the region, filters and order from the
     * address. No value, however malformed, alone or with others, gets a 5xx.
     */
    @Test
    void noMalformedDashboardAddressGetsA5xx() throws Exception {
        UiSession session = UiSession.signedIn(base, "adviser-wm", HttpClient.Version.HTTP_1_1);
        List<String> names = List.of("region", "type", "year", "theme", "sort", "order");
        List<String> values = List.of(
                "",
                "x",
                "\u0000",
                "'; drop table council; --",
                "-1",
                "99999999999999999999",
                "england",
                "WEST-MIDLANDS",
                "<script>alert(1)</script>",
                "a".repeat(500),
                "\u202E",
                "descending",
                "days-since-update");
        List<String> paths = List.of(
                "app/adviser/dashboard.xhtml?", "app/adviser/export?format=csv&", "app/adviser/export?format=xlsx&");
        List<String> queries = new ArrayList<>();
        for (String name : names) {
            for (String value : values) {
                queries.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        Random random = new Random(SEED);
        for (int i = 0; i < 60; i++) {
            queries.add(names.stream()
                    .map(n -> n + "="
                            + URLEncoder.encode(values.get(random.nextInt(values.size())), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&")));
        }
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            for (String query : queries) {
                UiSession.Reply reply = session.get(path + query);
                if (reply.status() >= 500) {
                    failures.add(reply.status() + " " + path + query.substring(0, Math.min(query.length(), 120)));
                }
            }
        }
        System.out.printf(
                "[it] fuzz: %d dashboard addresses, %d x 5xx%n", paths.size() * queries.size(), failures.size());
        assertEquals(List.of(), failures);
    }

    @Test
    void noMalformedRequestGetsA5xxAndEveryRefusalIsAProblemDocument() throws Exception {
        List<Attempt> attempts = new Generator(new Random(SEED)).attempts();
        long t0 = System.nanoTime();
        List<Outcome> outcomes = sendAll(attempts);
        List<Outcome> serverErrors = outcomes.stream()
                .filter(o -> o.status() >= 500 || o.status() < 0)
                .toList();
        List<Outcome> badRefusals =
                outcomes.stream().filter(Outcome::badRefusal).toList();
        System.out.printf(
                "[it] fuzz: %d requests over %d operations, %d x 5xx (%.1f s)%n",
                outcomes.size(), operations.size(), serverErrors.size(), (System.nanoTime() - t0) / 1e9);
        System.out.println("[it] fuzz statuses: "
                + outcomes.stream()
                        .collect(
                                Collectors.groupingBy(Outcome::status, java.util.TreeMap::new, Collectors.counting())));
        System.out.println("[it] fuzz: "
                + outcomes.stream().filter(Outcome::byTheHttpServer).count()
                + " refused by the HTTP server before the application (empty 400)");
        serverErrors.forEach(o -> System.out.println("[it] fuzz 5xx: " + o));
        badRefusals.stream().limit(50).forEach(o -> System.out.println("[it] fuzz refusal not a clean problem: " + o));

        assertTrue(outcomes.size() >= MIN_REQUESTS, "only " + outcomes.size() + " requests");
        assertEquals(List.of(), serverErrors.stream().map(Outcome::toString).toList(), "answers of 5xx");
        assertEquals(
                List.of(),
                badRefusals.stream().map(Outcome::toString).limit(50).toList(),
                "4xx answers from /api that are not clean problem documents");
    }

    @Test
    void aNullOrEmptyBodyOnAManagerStepIsRefusedAsAMissingBody() throws Exception {
        long challenge = Long.parseLong(realValues.get("id"));
        for (String[] step :
                List.of(new String[] {"POST", "team"}, new String[] {"PUT", "progress-review"}, new String[] {
                    "POST", "progress-review/record"
                })) {
            Outcome outcome = send(new Attempt(
                    new Operation(
                            step[0],
                            "/api/v1/challenges/{id}/" + step[1],
                            List.of(),
                            List.of(),
                            List.of("application/json"),
                            List.of()),
                    "pcm",
                    "api/v1/challenges/" + challenge + "/" + step[1],
                    "application/json",
                    bytes("null")));
            assertEquals(422, outcome.status(), outcome.toString());
            assertTrue(outcome.body().contains("A JSON body is required"), outcome.toString());
            Outcome nothing = send(new Attempt(
                    outcome.attempt().operation(), "pcm", outcome.attempt().path(), null, new byte[0]));
            assertEquals(422, nothing.status(), nothing.toString());
        }
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        String path = "api/v1/challenges/987654321/report";
        String huge = "{\"executiveSummary\":\"" + "x".repeat(21 * 1024 * 1024) + "\"}";
        Outcome outcome = send(new Attempt(
                new Operation(
                        "PUT",
                        "/api/v1/challenges/{id}/report",
                        List.of(),
                        List.of(),
                        List.of("application/json"),
                        List.of()),
                "pcm",
                path,
                "application/json",
                bytes(huge)));
        assertEquals(413, outcome.status(), outcome.toString());
        assertTrue(outcome.problem(), outcome.toString());
    }

    @Test
    void aTitleOverItsLimitIsRefusedWith422NamingTheField() throws Exception {
        String path = "api/v1/challenges/987654321/recommendations";
        String body = "{\"number\":\"1\",\"title\":\"" + "t".repeat(501) + "\",\"text\":\"fine\"}";
        Outcome outcome = send(new Attempt(
                new Operation(
                        "POST",
                        "/api/v1/challenges/{id}/recommendations",
                        List.of(),
                        List.of(),
                        List.of("application/json"),
                        List.of()),
                "pcm",
                path,
                "application/json",
                bytes(body)));
        assertEquals(422, outcome.status(), outcome.toString());
        assertTrue(
                outcome.problem()
                        && outcome.body().contains("title")
                        && outcome.body().contains("500"),
                outcome.toString());
        String longText = "{\"number\":\"1\",\"title\":\"ok\",\"text\":\"" + "t".repeat(LONGEST_TEXT + 1) + "\"}";
        Outcome tooLong =
                send(new Attempt(outcome.attempt().operation(), "pcm", path, "application/json", bytes(longText)));
        assertEquals(422, tooLong.status(), tooLong.toString());
    }

    // ---- sending ----

    private static List<Outcome> sendAll(List<Attempt> attempts) throws Exception {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (Attempt attempt : attempts) {
            slots.acquire();
            pending.add(HTTP.sendAsync(attempt.request(), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        slots.release();
                        outcomes.add(
                                failure == null
                                        ? Outcome.of(attempt, response)
                                        : new Outcome(attempt, -1, "", "no answer: " + failure));
                        if (answered.incrementAndGet() % 2_000 == 0) {
                            System.out.printf("[it] fuzz: %d answers so far%n", answered.get());
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return new ArrayList<>(outcomes);
    }

    private static Outcome send(Attempt attempt) throws Exception {
        return Outcome.of(attempt, HTTP.send(attempt.request(), HttpResponse.BodyHandlers.ofString()));
    }

    private static JsonObject openApi() throws Exception {
        HttpResponse<String> json = HTTP.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (!json.body().trim().startsWith("{")) {
            json = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi?format=JSON"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return Tokens.json(json.body()).asJsonObject();
    }

    /** Shaped like a Keycloak token, long expired, signed by nobody. */
    private static String expiredLookingToken() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(bytes("{\"alg\":\"RS256\",\"typ\":\"JWT\"}")) + "."
                + b64.encodeToString(bytes("{\"iss\":\"" + RunningStack.realmUrl() + "\",\"aud\":\"hub-api\","
                        + "\"exp\":1000000000,\"upn\":\"admin\",\"groups\":[\"lga-admin\"]}"))
                + "."
                + b64.encodeToString(bytes("signature"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---- what the API publishes ----

    record Field(String name, String type) {}

    record Operation(
            String verb,
            String path,
            List<String> pathParams,
            List<Field> queryParams,
            List<String> consumes,
            List<Field> bodyFields) {

        boolean takesJson() {
            return consumes.contains("application/json");
        }

        boolean takesBody() {
            return !consumes.isEmpty();
        }

        static List<Operation> readAll(JsonObject openApi) {
            JsonObject schemas = openApi.containsKey("components")
                            && openApi.getJsonObject("components").containsKey("schemas")
                    ? openApi.getJsonObject("components").getJsonObject("schemas")
                    : JsonValue.EMPTY_JSON_OBJECT;
            List<Operation> all = new ArrayList<>();
            openApi.getJsonObject("paths")
                    .forEach((path, item) -> item.asJsonObject().forEach((verb, op) -> {
                        if (List.of("get", "put", "post", "delete", "patch").contains(verb)) {
                            all.add(read(verb.toUpperCase(java.util.Locale.ROOT), path, op.asJsonObject(), schemas));
                        }
                    }));
            return all;
        }

        private static Operation read(String verb, String path, JsonObject op, JsonObject schemas) {
            List<String> pathParams = new ArrayList<>();
            List<Field> queryParams = new ArrayList<>();
            for (JsonValue p :
                    op.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
                JsonObject param = p.asJsonObject();
                if ("path".equals(param.getString("in"))) {
                    pathParams.add(param.getString("name"));
                } else if ("query".equals(param.getString("in"))) {
                    queryParams.add(new Field(param.getString("name"), typeOf(param.getJsonObject("schema"))));
                }
            }
            // Path parameters the document leaves out still have to be filled in.
            java.util.regex.Matcher template =
                    java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
            while (template.find()) {
                if (!pathParams.contains(template.group(1))) {
                    pathParams.add(template.group(1));
                }
            }
            List<String> consumes = new ArrayList<>();
            List<Field> fields = new ArrayList<>();
            if (op.containsKey("requestBody")) {
                JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
                consumes.addAll(content.keySet());
                JsonObject json = content.getJsonObject("application/json");
                if (json != null && json.containsKey("schema")) {
                    fields.addAll(fieldsOf(json.getJsonObject("schema"), schemas));
                }
            } else if (!"GET".equals(verb) && !"DELETE".equals(verb)) {
                consumes.add("*/*");
            }
            return new Operation(verb, path, pathParams, queryParams, consumes, fields);
        }

        private static List<Field> fieldsOf(JsonObject schema, JsonObject schemas) {
            JsonObject resolved = resolve(schema, schemas);
            if (resolved.containsKey("items")) {
                resolved = resolve(resolved.getJsonObject("items"), schemas);
            }
            List<Field> fields = new ArrayList<>();
            resolved.getOrDefault("properties", JsonValue.EMPTY_JSON_OBJECT)
                    .asJsonObject()
                    .forEach((name, s) -> fields.add(new Field(name, typeOf(resolve(s.asJsonObject(), schemas)))));
            return fields;
        }

        private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
            if (schema.containsKey("$ref")) {
                String ref = schema.getString("$ref");
                return schemas.getOrDefault(ref.substring(ref.lastIndexOf('/') + 1), JsonValue.EMPTY_JSON_OBJECT)
                        .asJsonObject();
            }
            return schema;
        }

        private static String typeOf(JsonObject schema) {
            if (schema == null) {
                return "string";
            }
            String type =
                    schema.containsKey("type") ? schema.get("type").toString().replace("\"", "") : "object";
            return schema.containsKey("enum")
                    ? "enum"
                    : schema.containsKey("format") ? type + ":" + schema.getString("format") : type;
        }
    }

    record Attempt(Operation operation, String caller, String path, String contentType, byte[] body) {

        HttpRequest request() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + path))
                    .timeout(Duration.ofSeconds(120))
                    .method(
                            operation.verb(),
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            String token = tokens.get(caller);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return request.build();
        }
    }

    record Outcome(Attempt attempt, int status, String contentType, String body) {

        static Outcome of(Attempt attempt, HttpResponse<String> response) {
            return new Outcome(
                    attempt,
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        }

        boolean problem() {
            return contentType.startsWith("application/problem+json") && body.contains("\"status\":" + status);
        }

        /**
         * A refusal from the API that is not a problem document, or that shows the server's insides. An empty 400
         * is the HTTP server's own (an invalid URI such as %00, a GET with a body): the application never saw it.
         */
        boolean badRefusal() {
            return attempt.path().startsWith("api/")
                    && status >= 400
                    && status < 500
                    && !byTheHttpServer()
                    && (!problem() || body.contains("Exception") || body.contains("at uk.gov"));
        }

        boolean byTheHttpServer() {
            return status == 400 && body.isEmpty();
        }

        @Override
        public String toString() {
            String sent = attempt.body() == null
                    ? "(none)"
                    : new String(attempt.body(), 0, Math.min(120, attempt.body().length), StandardCharsets.UTF_8)
                            + (attempt.body().length > 120 ? "… (" + attempt.body().length + " bytes)" : "");
            return status + " " + attempt.operation().verb() + " /" + attempt.path() + " as " + attempt.caller()
                    + " [" + attempt.contentType() + "] body " + sent + " -> "
                    + body.substring(0, Math.min(200, body.length())).replace('\n', ' ');
        }
    }

    // ---- malformed requests ----

    /** Deterministic for one seed: the same requests in the same order on every run. */
    static final class Generator {

        private static final List<String> BAD_VALUES = List.of(
                "-1",
                "0",
                "987654321",
                "99999999999999999999",
                "abc",
                "%00",
                "..%2f..%2fetc%2fpasswd",
                "%2e%2e%2f",
                "1;x=1",
                "1.5",
                "%20",
                "NaN",
                "null",
                "%27%20or%201%3D1--",
                "%3Cscript%3E",
                enc("é€𝄞"),
                "9".repeat(400),
                "E99999999",
                "E0800002",
                "-9223372036854775809",
                "%25",
                "%C3%28",
                "true");
        private static final List<String> OTHER_TYPES = List.of(
                "text/plain",
                "application/xml",
                "multipart/form-data; boundary=",
                "multipart/form-data; boundary=\"unterminated",
                "application/json; charset=nonesuch",
                "application/x-www-form-urlencoded",
                "*/*",
                "garbage");

        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        List<Attempt> attempts() {
            List<String> callers = new ArrayList<>(tokens.keySet());
            int perOperation = (MIN_REQUESTS + operations.size() - 1) / operations.size() + 1;
            List<Attempt> attempts = new ArrayList<>();
            for (Operation operation : operations) {
                for (int i = 0; i < perOperation; i++) {
                    attempts.add(attempt(operation, callers.get(i % callers.size())));
                }
            }
            Collections.shuffle(attempts, random);
            return attempts;
        }

        private Attempt attempt(Operation op, String caller) {
            boolean safeForRealRecords = "GET".equals(op.verb())
                    || op.takesJson() && !op.bodyFields().isEmpty();
            boolean real = safeForRealRecords && random.nextInt(3) == 0;
            String path = op.path().substring(1);
            for (String param : op.pathParams()) {
                String value = real && realValues.containsKey(param) ? realValues.get(param) : real ? "1" : bad();
                path = path.replace("{" + param + "}", value);
            }
            List<String> query = new ArrayList<>();
            for (Field param : op.queryParams()) {
                if (random.nextInt(10) < 7) {
                    query.add(param.name() + "=" + (random.nextInt(8) == 0 ? "" : bad()));
                }
            }
            if (random.nextInt(6) == 0) {
                query.add("unknown=" + bad());
            }
            if (!query.isEmpty()) {
                path += "?" + String.join("&", query);
            }
            if (!op.takesBody()) {
                return new Attempt(
                        op,
                        caller,
                        path,
                        random.nextInt(5) == 0 ? "application/json" : null,
                        random.nextInt(5) == 0 ? bytes("{\"x\":1}") : null);
            }
            if (!op.takesJson()) {
                return new Attempt(op, caller, path, pick(OTHER_TYPES), upload());
            }
            String contentType =
                    random.nextInt(6) == 0 ? (random.nextBoolean() ? null : pick(OTHER_TYPES)) : "application/json";
            return new Attempt(op, caller, path, contentType, real ? refusedWhatever() : json(op.bodyFields()));
        }

        private String bad() {
            return pick(BAD_VALUES);
        }

        /** Bodies that no record, however it stands, may accept. */
        private byte[] refusedWhatever() {
            return switch (random.nextInt(10)) {
                case 0 -> bytes("null");
                case 1 -> bytes("[]");
                case 2 -> bytes("\"x\"");
                case 3 -> bytes("123");
                case 4 -> bytes("true");
                case 5 ->
                    bytes(
                            random.nextBoolean()
                                    ? "[".repeat(5_000) + "]".repeat(5_000)
                                    : "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000));
                case 6 -> bytes("{\"title\":\"abc");
                case 7 -> invalidUtf8();
                case 8 ->
                    random.nextInt(20) == 0 ? bytes("{\"x\":\"" + "x".repeat(BODY_LIMIT + 10) + "\"}") : bytes("{,}");
                default -> bytes("");
            };
        }

        /** Anything at all: the record does not exist, so only the shape decides the answer. */
        private byte[] json(List<Field> fields) {
            return switch (random.nextInt(8)) {
                case 0, 1 -> refusedWhatever();
                case 2 -> bytes("{}");
                case 3 -> bytes("{\"unknownField\":1,\"__proto__\":{\"admin\":true},\"version\":-1}");
                case 4 -> bytes(object(fields, this::wrongType));
                case 5 -> bytes(object(fields, f -> "\"" + "x".repeat(LONGEST_TEXT + 1) + "\""));
                default -> bytes(object(fields, this::oddValue));
            };
        }

        private String object(List<Field> fields, java.util.function.Function<Field, String> value) {
            List<Field> chosen = fields.isEmpty() ? List.of(new Field("title", "string")) : fields;
            return chosen.stream()
                    .filter(f -> fields.isEmpty() || random.nextInt(4) != 0)
                    .map(f -> "\"" + f.name() + "\":" + value.apply(f))
                    .collect(Collectors.joining(",", "{", "}"));
        }

        private String wrongType(Field field) {
            return field.type().startsWith("string") || field.type().equals("enum")
                    ? pick(List.of("123", "true", "{\"a\":1}", "[1,2]", "-1e999"))
                    : field.type().startsWith("integer") || field.type().startsWith("number")
                            ? pick(List.of("\"abc\"", "true", "{}", "[]", "1e999", "99999999999999999999999", "1.5"))
                            : pick(List.of("\"x\"", "123", "false"));
        }

        private String oddValue(Field field) {
            return pick(List.of(
                    "null",
                    "\"\"",
                    "\" \"",
                    "\"\\u0000\"",
                    "\"" + "y".repeat(600) + "\"",
                    "\"2024-02-30\"",
                    "\"NOT_AN_ENUM\"",
                    "-1",
                    "0",
                    "9223372036854775807",
                    "[null]",
                    "[\"" + "z".repeat(90) + "\"]",
                    "{\"\":null}",
                    "\"\\ud800\"",
                    "\"E99999999\"",
                    "\"javascript:alert(1)\"",
                    "\"http://" + "h".repeat(3000) + "\""));
        }

        private byte[] upload() {
            return switch (random.nextInt(5)) {
                case 0 -> new byte[0];
                case 1 -> bytes("--nope\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\njunk\r\n--other--");
                case 2 -> bytes("%PDF-1.7\n" + "garbage".repeat(50));
                case 3 -> {
                    byte[] noise = new byte[2048];
                    random.nextBytes(noise);
                    yield noise;
                }
                default -> bytes("PK\u0003\u0004 not really a docx");
            };
        }

        private static byte[] invalidUtf8() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(bytes("{\"title\":\""));
            out.writeBytes(
                    new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
            out.writeBytes(bytes("\"}"));
            return out.toByteArray();
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private static String enc(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
