package uk.gov.lga.hub.domain.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Identified;
import uk.gov.lga.hub.domain.shared.Rag;

/** A dated note of progress on an action, optionally moving its status or RAG. Added, never overwritten. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate extends Identified {

    @Column(name = "council_code", insertable = false, updatable = false)
    private String councilCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "action_id", updatable = false)
    private PlanAction action;

    @Column(name = "written_on", nullable = false, updatable = false)
    private LocalDate writtenOn;

    @Column(nullable = false, updatable = false)
    private String narrative;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", updatable = false)
    private ActionStatus newStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_rag", updatable = false)
    private Rag newRag;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ProgressUpdate() {}

    ProgressUpdate(
            PlanAction action,
            LocalDate writtenOn,
            String narrative,
            ActionStatus newStatus,
            Rag newRag,
            String author,
            Instant recordedAt) {
        DomainRuleViolation.require(writtenOn != null, "update-date-required", "The date of the update is required.");
        this.action = action;
        this.writtenOn = writtenOn;
        this.narrative = DomainRuleViolation.requireText(narrative, "update-narrative-required", "What has happened");
        this.newStatus = newStatus;
        this.newRag = newRag;
        this.author = author;
        this.recordedAt = recordedAt;
    }

    public PlanAction action() {
        return action;
    }

    public LocalDate writtenOn() {
        return writtenOn;
    }

    public String narrative() {
        return narrative;
    }

    public ActionStatus newStatus() {
        return newStatus;
    }

    public Rag newRag() {
        return newRag;
    }

    public String author() {
        return author;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
