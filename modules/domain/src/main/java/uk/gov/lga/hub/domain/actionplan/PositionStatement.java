package uk.gov.lga.hub.domain.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.shared.AttributedRecord;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * The council's position statement for the progress review: started from its responses, actions and updates
 * ({@link PositionStatementDraft}), edited by the council, then submitted, after which it no longer changes.
 */
@Entity
@Table(name = "position_statement")
public class PositionStatement extends AttributedRecord {

    public enum Status {
        DRAFT,
        SUBMITTED
    }

    @Column(name = "council_code", insertable = false, updatable = false)
    private String councilCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "challenge_id", updatable = false)
    private PeerChallenge challenge;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DRAFT;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected PositionStatement() {}

    public PositionStatement(PeerChallenge challenge, String body, String by, Instant at) {
        this.challenge = challenge;
        revise(body, by, at);
    }

    public void revise(String body, String by, Instant at) {
        requireDraft();
        this.body = DomainRuleViolation.requireText(body, "position-statement-required", "The position statement");
        changedBy(by, at);
    }

    public void submit(String by, Instant at) {
        requireDraft();
        status = Status.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        changedBy(by, at);
    }

    private void requireDraft() {
        DomainRuleViolation.require(
                status == Status.DRAFT,
                "position-statement-submitted",
                "The position statement has been submitted to the LGA and can no longer change.");
    }

    public String councilCode() {
        return councilCode;
    }

    public PeerChallenge challenge() {
        return challenge;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
