package uk.gov.lga.hub.domain.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import uk.gov.lga.hub.domain.shared.Identified;

/**
 * One submitted version of the action plan: a frozen copy (JSON) that later edits never touch, and the LGA's
 * decision on it. Only the decision columns may ever be updated (the database grants no more).
 */
@Entity
@Table(name = "action_plan_submission")
public class Submission extends Identified {

    @Column(name = "council_code", insertable = false, updatable = false)
    private String councilCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    private ActionPlan plan;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(nullable = false, updatable = false)
    private String snapshot;

    /** {@link PlanContent#fingerprint()} of what was submitted; null for versions submitted before it was kept. */
    @Column(name = "content_fingerprint", updatable = false)
    private String contentFingerprint;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String comment;

    protected Submission() {}

    Submission(ActionPlan plan, int number, String snapshot, String contentFingerprint, String by, Instant at) {
        this.plan = plan;
        this.number = number;
        this.snapshot = snapshot;
        this.contentFingerprint = contentFingerprint;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    void decide(Decision decision, String comment, String by, Instant at) {
        this.decision = decision;
        this.comment = comment;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public int number() {
        return number;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String snapshot() {
        return snapshot;
    }

    public String contentFingerprint() {
        return contentFingerprint;
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String comment() {
        return comment;
    }
}
