package uk.gov.lga.hub.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import uk.gov.lga.hub.devstack.Database;
import uk.gov.lga.hub.persistence.migration.SchemaMigration;

/**
 * Generates a national data set for the dashboard benchmark, straight into a fresh database (never the demo
 * data): 317 councils per scale unit across the nine regions, two challenges each (a closed one in 2019 and one
 * from 2023–2025), ten recommendations per challenge with a theme, a response to each, about five actions per
 * recommendation and about four progress updates per action. Every challenge's feedback report is published with its
 * frozen content, and all text (recommendations, responses, actions, updates) is built from local-government words
 * ({@link BenchText}) so the search benchmark's queries meet realistic text; the V16 triggers fill both search
 * indexes as the rows go in. Rows go in with COPY as the schema owner; the application then reads them through its
 * own role like any other data.
 *
 * <p>Usage: {@code NationalData <database name> <scale>} (scale 2 doubles the councils and everything below).
 */
public final class NationalData {

    static final int COUNCILS_PER_SCALE = 317;
    static final List<String> REGIONS = List.of(
            "north-east",
            "north-west",
            "yorkshire-and-the-humber",
            "east-midlands",
            "west-midlands",
            "east-of-england",
            "london",
            "south-east",
            "south-west");
    static final List<String> TYPES =
            List.of("COUNTY", "DISTRICT", "UNITARY", "METROPOLITAN_DISTRICT", "LONDON_BOROUGH");
    static final List<String> THEMES = List.of(
            "local-priorities-and-outcomes",
            "organisational-and-place-leadership",
            "governance-and-culture",
            "financial-planning-and-management",
            "capacity-for-improvement");
    static final String[] STATUSES = {"NOT_STARTED", "IN_PROGRESS", "COMPLETE", "COMPLETE", "DROPPED"};
    static final String[] RAGS = {"RED", "AMBER", "GREEN", "GREEN", null};

    private NationalData() {}

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "hub_bench";
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long started = System.nanoTime();
        try (Database db = Database.localOrEmbedded(name, true)) {
            SchemaMigration.migrate(db.jdbcUrl(), Database.OWNER_ROLE, Database.PASSWORD, Database.APP_ROLE);
            try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), Database.OWNER_ROLE, Database.PASSWORD)) {
                Counts counts = generate(owner, scale, new Random(20241125L));
                System.out.printf(
                        "[bench] %s: %d councils, %d challenges, %d recommendations, %d actions, %d updates"
                                + " in %.1f s%n",
                        db.jdbcUrl(),
                        counts.councils,
                        counts.challenges,
                        counts.recommendations,
                        counts.actions,
                        counts.updates,
                        (System.nanoTime() - started) / 1e9);
            }
        }
    }

    static final class Counts {
        int councils;
        int challenges;
        int recommendations;
        int actions;
        int updates;
    }

    static Counts generate(Connection owner, int scale, Random random) throws Exception {
        StringBuilder councils = new StringBuilder();
        StringBuilder challenges = new StringBuilder();
        StringBuilder publications = new StringBuilder();
        StringBuilder recommendations = new StringBuilder();
        StringBuilder themes = new StringBuilder();
        StringBuilder scopes = new StringBuilder();
        // Text has a generator of its own, so the dashboard's figures (dates, statuses, counts) stay as they were.
        Random words = new Random(20261130L);
        StringBuilder responses = new StringBuilder();
        StringBuilder actions = new StringBuilder();
        StringBuilder updates = new StringBuilder();
        Counts counts = new Counts();
        long id = 100_000_000L;
        for (int c = 0; c < COUNCILS_PER_SCALE * scale; c++) {
            long councilId = ++id;
            String code = String.format("E9%07d", c);
            councils.append(tsv(
                    councilId,
                    code,
                    "Bench Council " + c,
                    TYPES.get(c % TYPES.size()),
                    REGIONS.get(c % REGIONS.size())));
            counts.councils++;
            for (int cycle = 0; cycle < 2; cycle++) {
                long challengeId = ++id;
                LocalDate start = cycle == 0
                        ? LocalDate.of(2019, 1, 7).plusDays(random.nextInt(300))
                        : LocalDate.of(2023, 6, 5).plusDays(random.nextInt(700));
                LocalDate end = start.plusDays(3);
                boolean held = cycle == 0 || start.isBefore(LocalDate.of(2024, 9, 1));
                String status = cycle == 0 ? "CLOSED" : held ? "PROGRESS_REVIEW_HELD" : "PUBLISHED";
                challenges.append(tsv(
                        challengeId,
                        councilId,
                        "CORPORATE_PEER_CHALLENGE",
                        "CPC_2020",
                        start,
                        end,
                        status,
                        held ? end.plusMonths(10) : null,
                        held ? end.plusMonths(10).plusDays(2) : null,
                        end.plusMonths(2)));
                for (String theme : THEMES) {
                    scopes.append(tsv(challengeId, theme));
                }
                long publicationId = ++id;
                LocalDate publishedOn = end.plusMonths(2).plusDays(random.nextInt(60));
                StringBuilder frozen = new StringBuilder("{\"council\":\"Bench Council " + c
                        + "\",\"executiveSummary\":" + BenchText.json(BenchText.sentences(words, 8))
                        + ",\"feedbackByTheme\":{\"Governance and culture\":"
                        + BenchText.json(BenchText.sentences(words, 6)) + "},\"recommendations\":[");
                counts.challenges++;
                for (int r = 1; r <= 10; r++) {
                    long recId = ++id;
                    String title = BenchText.title(words);
                    String text = BenchText.sentences(words, 2);
                    frozen.append(r > 1 ? "," : "")
                            .append("{\"number\":\"")
                            .append(r)
                            .append("\",\"title\":")
                            .append(BenchText.json(title))
                            .append(",\"text\":")
                            .append(BenchText.json(text))
                            .append('}');
                    recommendations.append(tsv(recId, challengeId, String.valueOf(r), title, text, r));
                    themes.append(tsv(recId, THEMES.get((r + c) % THEMES.size())));
                    long responseId = ++id;
                    responses.append(tsv(
                            responseId,
                            code,
                            recId,
                            "ACCEPTED",
                            BenchText.sentences(words, 2).replace("The council should", "We will"),
                            "bench",
                            "2024-01-01 00:00:00+00"));
                    counts.recommendations++;
                    int actionCount = 3 + random.nextInt(5);
                    for (int a = 1; a <= actionCount; a++) {
                        long actionId = ++id;
                        LocalDate due = end.plusMonths(2 + random.nextInt(14));
                        LocalDate lastUpdate = null;
                        int updateCount = 2 + random.nextInt(5);
                        for (int u = 0; u < updateCount; u++) {
                            LocalDate written = end.plusDays(30 + random.nextInt(600));
                            lastUpdate = lastUpdate == null || written.isAfter(lastUpdate) ? written : lastUpdate;
                            updates.append(tsv(
                                    ++id,
                                    code,
                                    actionId,
                                    written,
                                    "Progress on " + BenchText.subject(words) + ": " + BenchText.sentences(words, 1),
                                    "bench",
                                    "2024-01-01 00:00:00+00"));
                            counts.updates++;
                        }
                        actions.append(tsv(
                                actionId,
                                code,
                                responseId,
                                a,
                                BenchText.title(words) + " " + BenchText.subject(words),
                                due,
                                due,
                                STATUSES[random.nextInt(STATUSES.length)],
                                RAGS[random.nextInt(RAGS.length)],
                                lastUpdate,
                                "bench",
                                "2024-01-01 00:00:00+00"));
                        counts.actions++;
                    }
                }
                publications.append(tsv(
                        publicationId,
                        challengeId,
                        "FEEDBACK_REPORT",
                        publishedOn,
                        "https://example.org/report/" + challengeId,
                        frozen.append("]}"),
                        "bench",
                        "2024-01-01 00:00:00+00"));
            }
        }
        CopyManager copy = owner.unwrap(PGConnection.class).getCopyAPI();
        copy(copy, "council (id, code, name, council_type, region_code)", councils);
        copy(
                copy,
                "peer_challenge (id, council_id, kind, theme_framework, on_site_start, on_site_end, status,"
                        + " progress_review_planned, progress_review_held, report_issued_on)",
                challenges);
        copy(copy, "key_recommendation (id, challenge_id, printed_number, title, body, list_order)", recommendations);
        copy(copy, "key_recommendation_theme (recommendation_id, theme_code)", themes);
        copy(copy, "peer_challenge_scope (challenge_id, theme_code)", scopes);
        // After the recommendations and their themes: the publication trigger indexes the frozen content with them.
        copy(
                copy,
                "publication (id, challenge_id, kind, published_on, public_url, frozen_content, recorded_by,"
                        + " recorded_at)",
                publications);
        copy(
                copy,
                "council_response (id, council_code, recommendation_id, acceptance, narrative, updated_by,"
                        + " updated_at)",
                responses);
        copy(
                copy,
                "plan_action (id, council_code, response_id, list_order, description, original_due, due, status,"
                        + " rag, last_update_on, updated_by, updated_at)",
                actions);
        copy(
                copy,
                "progress_update (id, council_code, action_id, written_on, narrative, author, recorded_at)",
                updates);
        try (Statement sql = owner.createStatement()) {
            sql.execute("select setval('hub_id_seq', " + (id + 1000) + ")");
            // As autovacuum would in steady state: the counters' triggers leave a dead row per upsert.
            sql.execute("vacuum analyze");
        }
        return counts;
    }

    private static void copy(CopyManager copy, String table, StringBuilder rows) throws Exception {
        copy.copyIn("copy " + table + " from stdin", new StringReader(rows.toString()));
    }

    /** One COPY text-format line: tab-separated, \N for null. */
    private static String tsv(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(values[i] == null ? "\\N" : values[i].toString());
        }
        return line.append('\n').toString();
    }
}
