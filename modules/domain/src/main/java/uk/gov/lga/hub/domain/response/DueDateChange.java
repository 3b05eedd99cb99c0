package uk.gov.lga.hub.domain.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.gov.lga.hub.domain.shared.Identified;

/** A due date moved, why, by whom and when. Never changed once written. */
@Entity
@Table(name = "action_due_date_change")
public class DueDateChange extends Identified {

    @Column(name = "council_code", insertable = false, updatable = false)
    private String councilCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "action_id")
    private PlanAction action;

    @Column(name = "from_due", updatable = false)
    private LocalDate fromDue;

    @Column(name = "to_due", updatable = false)
    private LocalDate toDue;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected DueDateChange() {}

    DueDateChange(
            PlanAction action, LocalDate fromDue, LocalDate toDue, String reason, String changedBy, Instant changedAt) {
        this.action = action;
        this.fromDue = fromDue;
        this.toDue = toDue;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public LocalDate fromDue() {
        return fromDue;
    }

    public LocalDate toDue() {
        return toDue;
    }

    public String reason() {
        return reason;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
