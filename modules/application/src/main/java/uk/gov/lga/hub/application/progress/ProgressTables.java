package uk.gov.lga.hub.application.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.gov.lga.hub.application.export.Table;
import uk.gov.lga.hub.domain.challenge.Deadline;
import uk.gov.lga.hub.domain.progress.ActionCounts;
import uk.gov.lga.hub.domain.progress.ChallengeMeasures;
import uk.gov.lga.hub.domain.progress.ReviewStanding;
import uk.gov.lga.hub.domain.progress.RollUp;
import uk.gov.lga.hub.domain.progress.ThemeLine;
import uk.gov.lga.hub.domain.shared.Words;

/** Every table behind a dashboard or a council's progress, for CSV and Excel: the same numbers as the API. */
public final class ProgressTables {

    private static final List<String> COUNTS = List.of(
            "Recommendations",
            "Responded",
            "Actions",
            "Not started",
            "In progress",
            "Complete",
            "Dropped",
            "Red",
            "Amber",
            "Green",
            "Unrated",
            "Overdue actions",
            "Share complete (%)");

    private ProgressTables() {}

    public static List<Table> of(Dashboard d) {
        List<String> partHeadings = new ArrayList<>(List.of("Name", "Challenges", "Councils"));
        partHeadings.addAll(COUNTS);
        partHeadings.addAll(List.of(
                "Reviews not scheduled",
                "Reviews scheduled",
                "Reviews held",
                "Reviews overdue",
                "Deadlines met",
                "Deadlines met late",
                "Deadlines overdue",
                "Average days late"));
        List<List<Object>> parts = new ArrayList<>();
        for (RollUp r : concat(d.parts(), d.total())) {
            List<Object> row = new ArrayList<>(Arrays.asList(r.label(), r.challenges(), r.councils()));
            row.addAll(counts(r.counts()));
            row.addAll(Arrays.asList(
                    r.progressReviews().get(ReviewStanding.NOT_SCHEDULED),
                    r.progressReviews().get(ReviewStanding.SCHEDULED),
                    r.progressReviews().get(ReviewStanding.HELD),
                    r.progressReviews().get(ReviewStanding.OVERDUE),
                    r.deadlinesMet(),
                    r.deadlinesMetLate(),
                    r.deadlinesOverdue(),
                    r.averageDaysLate() == null ? null : Math.round(r.averageDaysLate())));
            parts.add(row);
        }
        List<String> councilHeadings = new ArrayList<>(List.of("Council", "Code", "Type", "Region", "Latest visit"));
        councilHeadings.addAll(COUNTS);
        councilHeadings.addAll(List.of(
                "Days since last update",
                "Progress review",
                "Last CPC ended",
                "Next CPC due",
                "Cycle",
                "Self-ratings greener than the peers'"));
        List<List<Object>> councils = new ArrayList<>();
        for (Dashboard.CouncilLine c : d.councils()) {
            Dashboard.Latest m = c.latest();
            List<Object> row = new ArrayList<>(
                    Arrays.asList(c.name(), c.code(), c.type(), c.region(), m == null ? null : m.onSiteStart()));
            row.addAll(counts(m == null ? ActionCounts.NONE : m.counts()));
            row.addAll(Arrays.asList(
                    m == null ? null : m.daysSinceLastUpdate(),
                    m == null ? null : Words.of(m.progressReview()),
                    c.cycle().lastVisitEnd(),
                    c.cycle().nextDue(),
                    Words.of(c.cycle().standing()),
                    c.selfRatings().councilGreener()));
            councils.add(row);
        }
        List<List<Object>> trend = d.trend().stream()
                .map(p -> List.<Object>of(p.month(), p.updates()))
                .toList();
        return List.of(
                new Table("Roll-up", partHeadings, parts),
                new Table("Councils", councilHeadings, councils),
                themes(d.themes()),
                new Table("Updates per month", List.of("Month", "Updates"), trend));
    }

    public static List<Table> of(CouncilProgress p) {
        List<String> headings = new ArrayList<>(List.of("On site from", "To", "Status"));
        headings.addAll(COUNTS);
        headings.addAll(List.of(
                "Days since last update",
                "Progress review",
                "Report published",
                "Report days late",
                "Action plan published",
                "Action plan days late",
                "Review report published",
                "Review report days late"));
        List<List<Object>> rows = new ArrayList<>();
        for (ChallengeMeasures m : p.challenges()) {
            List<Object> row = new ArrayList<>(Arrays.asList(
                    m.challenge().onSiteStart(),
                    m.challenge().onSiteEnd(),
                    Words.of(m.challenge().status())));
            row.addAll(counts(m.counts()));
            row.add(m.daysSinceLastUpdate());
            row.add(Words.of(m.progressReview()));
            for (Deadline deadline : m.deadlines()) {
                row.add(deadline.done());
                row.add(deadline.done() == null ? null : deadline.daysLate());
            }
            for (int missing = m.deadlines().size(); missing < 3; missing++) {
                row.add(null);
                row.add(null);
            }
            rows.add(row);
        }
        return List.of(new Table("Challenges", headings, rows), themes(p.themes()));
    }

    private static Table themes(List<ThemeLine> themes) {
        List<String> headings = new ArrayList<>(List.of("Theme"));
        headings.addAll(COUNTS);
        return new Table(
                "Themes",
                headings,
                themes.stream()
                        .map(t -> {
                            List<Object> row = new ArrayList<>(List.of(t.name()));
                            row.addAll(counts(t.counts()));
                            return row;
                        })
                        .toList());
    }

    private static List<Object> counts(ActionCounts c) {
        return Arrays.asList(
                c.recommendations(),
                c.responded(),
                c.actions(),
                c.notStarted(),
                c.inProgress(),
                c.complete(),
                c.dropped(),
                c.red(),
                c.amber(),
                c.green(),
                c.unrated(),
                c.overdue(),
                c.shareComplete() == null ? null : Math.round(c.shareComplete() * 1000) / 10.0);
    }

    private static List<RollUp> concat(List<RollUp> parts, RollUp total) {
        List<RollUp> all = new ArrayList<>(parts);
        all.add(total);
        return all;
    }
}
