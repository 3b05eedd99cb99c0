package uk.gov.lga.hub.domain.challenge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.HumanDate;
import uk.gov.lga.hub.domain.theme.FocusAreaMerge;
import uk.gov.lga.hub.domain.theme.Theme;

/**
 * The feedback report's words (the executive summary and the feedback per theme of the scope) and the day it was
 * issued to the council. Its recommendations are children of the challenge, which numbers them.
 */
@Embeddable
public class FeedbackReport {

    @Column(name = "executive_summary")
    private String executiveSummary;

    @ElementCollection
    @CollectionTable(name = "challenge_theme_feedback", joinColumns = @JoinColumn(name = "challenge_id"))
    @MapKeyColumn(name = "theme_code")
    @Column(name = "body")
    private Map<String, String> themeFeedback = new HashMap<>();

    @Column(name = "report_issued_on")
    private LocalDate issuedOn;

    protected FeedbackReport() {}

    private FeedbackReport(String executiveSummary, Map<String, String> themeFeedback, LocalDate issuedOn) {
        this.executiveSummary = executiveSummary;
        this.themeFeedback.putAll(themeFeedback);
        this.issuedOn = issuedOn;
    }

    static FeedbackReport blank() {
        return new FeedbackReport();
    }

    /**
     * The report with new words; blank ones are dropped, the rest stripped. A new value rather than a change in
     * place: EclipseLink notices a replaced part, not a collection changed inside one.
     */
    FeedbackReport rewritten(String summary, Map<String, String> feedbackByTheme, Collection<Theme> scope) {
        DomainRuleViolation.require(
                feedbackByTheme.keySet().stream()
                        .allMatch(code -> scope.stream().anyMatch(t -> t.code().equals(code))),
                "feedback-theme-out-of-scope",
                "Feedback can only be given on the challenge's own themes.");
        Map<String, String> kept = new HashMap<>();
        feedbackByTheme.forEach((code, body) -> {
            if (body != null && !body.isBlank()) {
                kept.put(code, body.strip());
            }
        });
        return new FeedbackReport(summary == null || summary.isBlank() ? null : summary.strip(), kept, issuedOn);
    }

    /** The report with the merged focus area's feedback under the kept one (both texts kept where both had some). */
    FeedbackReport withThemeMerged(FocusAreaMerge merge) {
        return new FeedbackReport(executiveSummary, merge.feedbackMerged(themeFeedback), issuedOn);
    }

    /** Issued once the visit is over, with its summary and at least one key recommendation. */
    FeedbackReport issuedOn(LocalDate date, OnSiteVisit visit, int recommendations) {
        DomainRuleViolation.require(
                date != null && !date.isBefore(visit.endDate()),
                "report-issued-before-visit-end",
                "The report is issued after the visit ends (" + HumanDate.of(visit.endDate()) + ").");
        DomainRuleViolation.require(
                recommendations > 0,
                "report-without-recommendations",
                "A feedback report needs at least one key recommendation.");
        DomainRuleViolation.require(
                executiveSummary != null, "report-without-summary", "A feedback report needs its executive summary.");
        return new FeedbackReport(executiveSummary, themeFeedback, date);
    }

    public String executiveSummary() {
        return executiveSummary;
    }

    public Map<String, String> themeFeedback() {
        return Map.copyOf(themeFeedback);
    }

    /** Empty while the report is a draft. */
    public LocalDate issuedOn() {
        return issuedOn;
    }
}
