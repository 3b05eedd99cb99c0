package uk.gov.lga.hub.application.opendata;

import java.time.LocalDate;
import java.util.List;

/**
 * What was published, read across councils: recommendations as their feedback reports were published, the
 * councils' answers as their action plans were published and the progress reviews' ratings as their reports were
 * published. Never anything unpublished, and no council's own words (a port: persistence implements it with the
 * V17 migration's table and SECURITY DEFINER function).
 */
public interface PublishedRecords {

    List<Recommendation> recommendations();

    List<Answer> answers();

    List<Rating> ratings();

    /**
     * Up to {@code limit} published recommendations made to councils other than the one recommendation
     * {@code recommendationId} was made to, most similar first (PostgreSQL's English text search over title and
     * text), each with what its council did, as published.
     */
    List<Similar> similarTo(long recommendationId, int limit);

    /** A key recommendation as its feedback report was published (publication {@code publicationId}). */
    record Recommendation(
            long publicationId,
            String councilCode,
            String councilName,
            String councilType,
            String regionCode,
            String regionName,
            LocalDate onSiteStart,
            LocalDate onSiteEnd,
            LocalDate reportPublishedOn,
            String reportUrl,
            int listOrder,
            String number,
            String title,
            String text,
            String themeCodes,
            String themeNames) {}

    /** The council's answer to a published recommendation as its action plan was published. */
    record Answer(
            long publicationId,
            String number,
            String acceptance,
            int actions,
            int notStarted,
            int inProgress,
            int complete,
            int dropped,
            LocalDate actionPlanPublishedOn,
            String source) {}

    /** A published progress review's rating of a published recommendation. */
    record Rating(
            long publicationId,
            String number,
            String rag,
            LocalDate reviewHeldOn,
            long reviewPublicationId,
            LocalDate reviewPublishedOn) {}

    /** A similar recommendation elsewhere, with its answer and rating if they were published (else null). */
    record Similar(
            long publicationId,
            String councilCode,
            String councilName,
            LocalDate reportPublishedOn,
            String number,
            String title,
            String text,
            double rank,
            Answer answer,
            Rating rating) {}
}
