package uk.gov.lga.hub.domain.challenge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.HumanDate;

/**
 * The peers' return visit. The LGA proposes it ten months after the last on-site day and it must take place
 * within twelve. {@link LocalDate#plusMonths} keeps month ends real (31 January + 10 months = 30 November).
 */
@Embeddable
public class ProgressReview {

    public static final int PROPOSED_MONTHS_AFTER_VISIT = 10;
    public static final int LATEST_MONTHS_AFTER_VISIT = 12;

    @Column(name = "progress_review_planned")
    private LocalDate plannedDate;

    @Column(name = "progress_review_held")
    private LocalDate heldDate;

    /** Who of the peers came back; empty until the review is held. */
    @ElementCollection
    @CollectionTable(name = "progress_review_attendee", joinColumns = @JoinColumn(name = "challenge_id"))
    @OrderColumn(name = "list_order")
    @Column(name = "name")
    private List<String> attendees = new ArrayList<>();

    /** What the peers said overall; their rating of each recommendation is a child of the challenge. */
    @Column(name = "progress_review_summary")
    private String summary;

    protected ProgressReview() {}

    private ProgressReview(LocalDate plannedDate, LocalDate heldDate) {
        this.plannedDate = plannedDate;
        this.heldDate = heldDate;
    }

    /** Before the report is issued nobody has planned a return visit yet. */
    static ProgressReview notPlanned() {
        return new ProgressReview(null, null);
    }

    public static LocalDate proposedDate(OnSiteVisit visit) {
        return visit.endDate().plusMonths(PROPOSED_MONTHS_AFTER_VISIT);
    }

    public static LocalDate latestDate(OnSiteVisit visit) {
        return visit.endDate().plusMonths(LATEST_MONTHS_AFTER_VISIT);
    }

    /** A progress review planned for the given date, refused outside the visit's twelve-month window. */
    public static ProgressReview plannedFor(OnSiteVisit visit, LocalDate date) {
        requireWithinWindow(visit, date, "planned");
        return new ProgressReview(date, null);
    }

    public ProgressReview heldOn(OnSiteVisit visit, LocalDate date) {
        requireWithinWindow(visit, date, "held");
        return new ProgressReview(plannedDate, date);
    }

    /** The review took place: when, which peers came (at least one) and what they said overall. */
    ProgressReview held(OnSiteVisit visit, LocalDate date, List<String> peers, String overall) {
        DomainRuleViolation.require(
                peers != null && peers.stream().anyMatch(a -> a != null && !a.isBlank()),
                "progress-review-attendees-required",
                "Say which peers attended the progress review.");
        ProgressReview held = heldOn(visit, date);
        peers.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).forEach(held.attendees::add);
        held.summary = overall == null || overall.isBlank() ? null : overall.strip();
        return held;
    }

    private static void requireWithinWindow(OnSiteVisit visit, LocalDate date, String what) {
        DomainRuleViolation.require(
                date != null, "progress-review-date-required", "A progress review date is required.");
        DomainRuleViolation.require(
                date.isAfter(visit.endDate()),
                "progress-review-before-visit-end",
                "The progress review must be " + what + " after the last on-site day (" + HumanDate.of(visit.endDate())
                        + ").");
        DomainRuleViolation.require(
                !date.isAfter(latestDate(visit)),
                "progress-review-beyond-twelve-months",
                "The progress review must be " + what + " within twelve months of the last on-site day, by "
                        + HumanDate.of(latestDate(visit)) + "; " + HumanDate.of(date) + " is too late.");
    }

    public LocalDate plannedDate() {
        return plannedDate;
    }

    public LocalDate heldDate() {
        return heldDate;
    }

    public List<String> attendees() {
        return List.copyOf(attendees);
    }

    public String summary() {
        return summary;
    }
}
