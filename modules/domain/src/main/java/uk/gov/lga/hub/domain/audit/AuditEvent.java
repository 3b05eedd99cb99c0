package uk.gov.lga.hub.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Identified;

/**
 * One change to a council's data: who, when, what, and the record before and after (as JSON). Append-only:
 * nothing updates or deletes it (the database role has no right to).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends Identified {

    @Column(name = "council_code", insertable = false, updatable = false)
    private String councilCode;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    /** What happened, e.g. {@code response.created}. */
    @Column(nullable = false, updatable = false)
    private String action;

    /** What it happened to, e.g. {@code recommendation 2.1 of challenge 2}. */
    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    protected AuditEvent() {}

    public AuditEvent(Instant occurredAt, String actor, String action, String subject, String before, String after) {
        this.occurredAt = occurredAt;
        this.actor = DomainRuleViolation.requireText(actor, "audit-actor-required", "Who made the change");
        this.action = action;
        this.subject = subject;
        this.before = before;
        this.after = after;
    }

    public String councilCode() {
        return councilCode;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
