package uk.gov.lga.hub.application.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.gov.lga.hub.domain.challenge.FiveYearCycle;
import uk.gov.lga.hub.domain.progress.ActionCounts;
import uk.gov.lga.hub.domain.progress.ChallengeMeasures;
import uk.gov.lga.hub.domain.progress.ReviewStanding;
import uk.gov.lga.hub.domain.progress.RollUp;
import uk.gov.lga.hub.domain.progress.SelfRatingGaps;
import uk.gov.lga.hub.domain.progress.ThemeLine;

/**
 * A dashboard: the whole (nation or region) rolled up, its parts (regions or councils) rolled up, the themes,
 * and progress updates per month as a trend. Each council line carries its latest challenge and cycle position.
 * {@code selfRatings} adds up, over the progress reviews in scope, how councils' own ratings compare with their
 * peers'; {@code councilsRatingThemselvesGreener} is how many councils rated themselves greener at least once.
 */
public record Dashboard(
        String scope,
        LocalDate asOf,
        ProgressFilter filter,
        RollUp total,
        List<RollUp> parts,
        List<CouncilLine> councils,
        List<ThemeLine> themes,
        List<MonthPoint> trend,
        SelfRatingGaps selfRatings,
        long councilsRatingThemselvesGreener) {

    /** The same dashboard with its council lines replaced (sorted, say). */
    public Dashboard withCouncils(List<CouncilLine> lines) {
        return new Dashboard(
                scope, asOf, filter, total, parts, lines, themes, trend, selfRatings, councilsRatingThemselvesGreener);
    }

    /**
     * A council at a glance: its latest challenge's measures (none if it never had one), its cycle, and how its own
     * ratings at progress reviews compare with its peers'.
     */
    public record CouncilLine(
            String code,
            String name,
            String type,
            String region,
            Latest latest,
            FiveYearCycle.Position cycle,
            SelfRatingGaps selfRatings) {}

    /**
     * The latest challenge's measures, without the detail of its deadlines (that is the council's own page).
     *
     * @param daysSinceLastUpdate since the council's latest progress update on any of its challenges
     */
    public record Latest(
            long challengeId,
            LocalDate onSiteStart,
            ActionCounts counts,
            Double shareComplete,
            Long daysSinceLastUpdate,
            ReviewStanding progressReview) {

        /**
         * The latest of a council's challenges, with the days since the council's latest update on any of them: a
         * newer challenge without a plan yet does not make it look as if the council never reported progress.
         */
        static Latest of(List<ChallengeMeasures> councilsChallenges, LocalDate today) {
            ChallengeMeasures m = councilsChallenges.stream()
                    .max(Comparator.comparing(c -> c.challenge().onSiteStart()))
                    .orElse(null);
            return m == null
                    ? null
                    : new Latest(
                            m.challenge().challengeId(),
                            m.challenge().onSiteStart(),
                            m.counts(),
                            m.shareComplete(),
                            councilsChallenges.stream()
                                    .map(ChallengeMeasures::counts)
                                    .reduce(ActionCounts.NONE, ActionCounts::plus)
                                    .daysSinceLastUpdate(today),
                            m.progressReview());
        }
    }

    public record MonthPoint(LocalDate month, int updates) {}
}
