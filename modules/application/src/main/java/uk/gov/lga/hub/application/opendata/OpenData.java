package uk.gov.lga.hub.application.opendata;

import static uk.gov.lga.hub.application.opendata.OpenDataTable.Field;
import static uk.gov.lga.hub.application.opendata.OpenDataTable.Type.DATE;
import static uk.gov.lga.hub.application.opendata.OpenDataTable.Type.INTEGER;
import static uk.gov.lga.hub.application.opendata.OpenDataTable.Type.STRING;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.shared.Rag;

/**
 * The open data (issue 16, point 4): published recommendations with their themes, the councils' answers as their
 * action plans were published, and the published progress reviews' ratings, as tables for anyone. Only what has
 * been published ever appears (see {@link PublishedRecords}).
 */
@ApplicationScoped
@Transactional
public class OpenData {

    public static final String RECOMMENDATIONS = "recommendations";
    public static final String RESPONSES = "responses";
    public static final String PROGRESS_RATINGS = "progress-ratings";
    public static final List<String> TABLES = List.of(RECOMMENDATIONS, RESPONSES, PROGRESS_RATINGS);

    private static final Field KEY = Field.required(
            "recommendation_key",
            STRING,
            "The recommendation: the feedback report's publication id and the recommendation's printed number,"
                    + " joined by a hyphen (stable)");
    private static final List<OpenDataTable.ForeignKey> TO_RECOMMENDATION =
            List.of(new OpenDataTable.ForeignKey(List.of(KEY.name()), RECOMMENDATIONS, List.of(KEY.name())));

    @Inject
    PublishedRecords published;

    public static String key(long publicationId, String number) {
        return publicationId + "-" + number;
    }

    public JsonObject dataPackage() {
        return DataPackage.describe(TABLES.stream().map(this::emptyTable).toList());
    }

    /** The table of this name, or empty if there is none. */
    public Optional<OpenDataTable> table(String name) {
        return switch (name) {
            case RECOMMENDATIONS -> Optional.of(recommendations());
            case RESPONSES -> Optional.of(responses());
            case PROGRESS_RATINGS -> Optional.of(progressRatings());
            default -> Optional.empty();
        };
    }

    private OpenDataTable emptyTable(String name) {
        OpenDataTable t = switch (name) {
            case RECOMMENDATIONS -> recommendationsOf(List.of());
            case RESPONSES -> responsesOf(List.of());
            default -> progressRatingsOf(List.of());
        };
        return t;
    }

    OpenDataTable recommendations() {
        return recommendationsOf(published.recommendations());
    }

    OpenDataTable responses() {
        return responsesOf(published.answers());
    }

    OpenDataTable progressRatings() {
        return progressRatingsOf(published.ratings());
    }

    static OpenDataTable recommendationsOf(List<PublishedRecords.Recommendation> rows) {
        return new OpenDataTable(
                RECOMMENDATIONS,
                "Key recommendations of published feedback reports",
                "Each key recommendation exactly as its Corporate Peer Challenge feedback report was published, with"
                        + " the council, the challenge's on-site dates and the recommendation's themes.",
                List.of(
                        KEY,
                        Field.required("publication_id", INTEGER, "The feedback report's publication id"),
                        Field.required("council_code", STRING, "The council's GSS code")
                                .withPattern("E[0-9]{8}"),
                        Field.required("council_name", STRING, "The council's name"),
                        Field.oneOf("council_type", "The kind of council", true, names(CouncilType.values())),
                        Field.required("region_code", STRING, "The council's region"),
                        Field.required("region_name", STRING, "The region's name"),
                        Field.of("on_site_start", DATE, "The first day of the challenge's on-site visit"),
                        Field.of("on_site_end", DATE, "The last day of the challenge's on-site visit"),
                        Field.required("report_published_on", DATE, "The day the feedback report was published"),
                        Field.required("report_url", STRING, "Where the feedback report was published")
                                .withFormat("uri"),
                        Field.required("number", STRING, "The recommendation's number as printed in the report"),
                        Field.required("order", INTEGER, "The recommendation's place in the report, from 1"),
                        Field.required("title", STRING, "The recommendation's title as published"),
                        Field.required("text", STRING, "The recommendation's text as published"),
                        Field.of("theme_codes", STRING, "The recommendation's themes' codes, separated by \";\""),
                        Field.of("theme_names", STRING, "The recommendation's themes' names, separated by \";\"")),
                List.of(KEY.name()),
                List.of(),
                rows.stream()
                        .map(r -> List.<Object>of(
                                key(r.publicationId(), r.number()),
                                r.publicationId(),
                                r.councilCode(),
                                r.councilName(),
                                r.councilType(),
                                r.regionCode(),
                                r.regionName(),
                                nullable(r.onSiteStart()),
                                nullable(r.onSiteEnd()),
                                r.reportPublishedOn(),
                                r.reportUrl(),
                                r.number(),
                                r.listOrder(),
                                r.title(),
                                r.text(),
                                nullable(r.themeCodes()),
                                nullable(r.themeNames())))
                        .map(OpenData::withNulls)
                        .toList());
    }

    static OpenDataTable responsesOf(List<PublishedRecords.Answer> rows) {
        return new OpenDataTable(
                RESPONSES,
                "Councils' responses as their action plans were published",
                "Per published recommendation, whether the council accepted it and its actions by status, as the"
                        + " council's action plan stood on the day it was published. Nothing until it is published.",
                List.of(
                        KEY,
                        Field.oneOf("acceptance", "The council's response", true, names(Acceptance.values())),
                        count("actions", "The number of actions the council planned"),
                        count("actions_not_started", "Actions not started"),
                        count("actions_in_progress", "Actions in progress"),
                        count("actions_complete", "Actions complete"),
                        count("actions_dropped", "Actions dropped"),
                        Field.required("action_plan_published_on", DATE, "The day the action plan was published"),
                        Field.oneOf(
                                "source",
                                "SUBMITTED_VERSION: the latest version the council submitted on or before that day;"
                                        + " RECORDED_RESPONSE: the council's response, unchanged since that day",
                                true,
                                List.of("SUBMITTED_VERSION", "RECORDED_RESPONSE"))),
                List.of(KEY.name()),
                TO_RECOMMENDATION,
                rows.stream()
                        .map(a -> List.<Object>of(
                                key(a.publicationId(), a.number()),
                                a.acceptance(),
                                a.actions(),
                                a.notStarted(),
                                a.inProgress(),
                                a.complete(),
                                a.dropped(),
                                a.actionPlanPublishedOn(),
                                a.source()))
                        .toList());
    }

    static OpenDataTable progressRatingsOf(List<PublishedRecords.Rating> rows) {
        return new OpenDataTable(
                PROGRESS_RATINGS,
                "Progress review ratings",
                "The red, amber or green rating of each recommendation in published progress review reports.",
                List.of(
                        KEY,
                        Field.oneOf("rag", "The progress review's rating", true, names(Rag.values())),
                        Field.required("review_held_on", DATE, "The day the progress review was held"),
                        Field.required("review_publication_id", INTEGER, "The progress review report's publication id"),
                        Field.required(
                                "review_published_on", DATE, "The day the progress review report was published")),
                List.of(KEY.name()),
                TO_RECOMMENDATION,
                rows.stream()
                        .map(r -> List.<Object>of(
                                key(r.publicationId(), r.number()),
                                r.rag(),
                                r.reviewHeldOn(),
                                r.reviewPublicationId(),
                                r.reviewPublishedOn()))
                        .toList());
    }

    private static Field count(String name, String description) {
        return Field.required(name, INTEGER, description);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** List.of refuses nulls: a missing value travels as this marker and leaves as null. */
    private static final Object MISSING = new Object();

    private static Object nullable(Object value) {
        return value == null ? MISSING : value;
    }

    private static List<Object> withNulls(List<Object> row) {
        return row.stream().map(c -> c == MISSING ? null : c).collect(java.util.stream.Collectors.toList());
    }
}
