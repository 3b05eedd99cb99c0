package uk.gov.lga.hub.domain.council.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Identified;

/**
 * The register's audit trail: one entry per change a confirmed load made to one council, with who confirmed it and
 * when. Append-only (the database role may not update or delete it). Public data, so not behind the tenant wall.
 */
@Entity
@Table(name = "council_register_change")
public class CouncilRegisterChange extends Identified {

    @Column(name = "load_id", nullable = false, updatable = false)
    private long loadId;

    @Column(name = "register_code", nullable = false, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RegisterChangeKind kind;

    @Column(name = "before_value", updatable = false)
    private String before;

    @Column(name = "after_value", updatable = false)
    private String after;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected CouncilRegisterChange() {}

    public CouncilRegisterChange(long loadId, PlannedChange change, String actor, Instant occurredAt) {
        this.loadId = loadId;
        this.code = change.code();
        this.kind = change.kind();
        this.before = change.before();
        this.after = change.after();
        this.actor = DomainRuleViolation.requireText(actor, "audit-actor-required", "Who made the change");
        this.occurredAt = occurredAt;
    }

    public long loadId() {
        return loadId;
    }

    public String code() {
        return code;
    }

    public RegisterChangeKind kind() {
        return kind;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
