package uk.gov.lga.hub.domain.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.shared.AttributedRecord;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Rag;

/**
 * The council's own view, for the progress review, of how far it got with one recommendation: a rating and a short
 * narrative, set beside the peers' rating. Council-owned like its response (tenant binding and row-level security on
 * {@code council_code}), and open to change only until the progress review's report is published.
 */
@Entity
@Table(name = "council_self_assessment")
public class SelfAssessment extends AttributedRecord {

    /** Short enough to sit beside the peers' comment in a table: a paragraph, not a report. */
    public static final int NARRATIVE_MAX = 1000;

    @Column(name = "council_code", insertable = false, updatable = false)
    private String councilCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recommendation_id")
    private KeyRecommendation recommendation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Rag rag;

    @Column(nullable = false)
    private String narrative;

    protected SelfAssessment() {}

    /** @param councilCode the council rating itself, which must be the one the recommendation was made to */
    public static SelfAssessment of(
            KeyRecommendation recommendation, String councilCode, Rag rag, String narrative, String by, Instant at) {
        DomainRuleViolation.require(
                recommendation.challenge().council().code().equals(councilCode),
                "self-assessment-of-another-council",
                "A council can only rate its own progress.");
        SelfAssessment assessment = new SelfAssessment();
        assessment.recommendation = recommendation;
        assessment.councilCode = councilCode;
        assessment.revise(rag, narrative, by, at);
        return assessment;
    }

    public void revise(Rag rag, String narrative, String by, Instant at) {
        requireOpen(recommendation.challenge().status());
        DomainRuleViolation.require(
                rag != null, "self-assessment-rag-required", "Give the council's own rating: red, amber or green.");
        String text = DomainRuleViolation.requireText(
                narrative, "self-assessment-narrative-required", "A short narrative of the council's progress");
        DomainRuleViolation.require(
                text.length() <= NARRATIVE_MAX,
                "self-assessment-narrative-too-long",
                "Keep the narrative to " + NARRATIVE_MAX + " characters; it has " + text.length() + ".");
        this.rag = rag;
        this.narrative = text;
        changedBy(by, at);
    }

    /** The editing window: refused before the report is issued and once the progress review report is published. */
    public static void requireOpen(ChallengeStatus status) {
        DomainRuleViolation.require(
                status.selfAssessmentOpen(),
                status.reportIssued() ? "self-assessment-closed" : "self-assessment-before-report",
                status.reportIssued()
                        ? "The council's own ratings can no longer change: the progress review report is published"
                                + " or the challenge is over."
                        : "The council rates its own progress once the feedback report is issued.");
    }

    public String councilCode() {
        return councilCode;
    }

    public KeyRecommendation recommendation() {
        return recommendation;
    }

    public Rag rag() {
        return rag;
    }

    public String narrative() {
        return narrative;
    }
}
