package uk.gov.lga.hub.domain.response;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.gov.lga.hub.domain.shared.AttributedRecord;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.HumanDate;
import uk.gov.lga.hub.domain.shared.Rag;

/**
 * One action in the council's plan for a recommendation. The first due date it is given stays as the original;
 * every later change of date needs a reason and is kept, so slippage is visible. Progress updates are added,
 * never changed (the database role cannot update or delete them).
 */
@Entity
@Table(name = "plan_action")
public class PlanAction extends AttributedRecord {

    @Column(name = "council_code", insertable = false, updatable = false)
    private String councilCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "response_id")
    private CouncilResponse response;

    @Column(name = "list_order", nullable = false)
    private int listOrder;

    @Column(nullable = false)
    private String description;

    /** Null when no owner is given. */
    @Embedded
    private ActionOwner owner;

    @Column(name = "original_due")
    private LocalDate originalDue;

    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    @Enumerated(EnumType.STRING)
    private Rag rag;

    /** The day of the latest update, kept here so dashboards need not read every update. */
    @Column(name = "last_update_on")
    private LocalDate lastUpdateOn;

    @OneToMany(
            mappedBy = "action",
            cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @OrderBy("changedAt")
    private List<DueDateChange> dueDateChanges = new ArrayList<>();

    @OneToMany(
            mappedBy = "action",
            cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @OrderBy("writtenOn, recordedAt")
    private List<ProgressUpdate> updates = new ArrayList<>();

    protected PlanAction() {}

    /** Made by {@link CouncilResponse#addAction}: an action always belongs to a response. */
    PlanAction(CouncilResponse response, int listOrder, ActionDetails details, String by, Instant at) {
        this.response = response;
        this.listOrder = listOrder;
        this.originalDue = details.due();
        this.due = details.due();
        apply(details, by, at);
    }

    /**
     * Changes what the action says. A new due date needs a reason, kept with the old and new dates; the first
     * date given to an action without one is not a change and needs none.
     */
    public void revise(ActionDetails details, String reasonForNewDate, String by, Instant at) {
        if (!Objects.equals(details.due(), due)) {
            if (due == null && originalDue == null) {
                originalDue = details.due();
            } else {
                String reason = DomainRuleViolation.requireText(
                        reasonForNewDate,
                        "action-due-date-reason-required",
                        "A reason for moving the due date from " + describe(due) + " to " + describe(details.due()));
                dueDateChanges.add(new DueDateChange(this, due, details.due(), reason, by, at));
            }
            due = details.due();
        }
        apply(details, by, at);
    }

    /** Adds a dated progress note; a status or RAG given with it becomes the action's own. */
    public ProgressUpdate recordUpdate(
            LocalDate writtenOn, String narrative, ActionStatus newStatus, Rag newRag, String author, Instant at) {
        ProgressUpdate update = new ProgressUpdate(this, writtenOn, narrative, newStatus, newRag, author, at);
        updates.add(update);
        if (lastUpdateOn == null || writtenOn.isAfter(lastUpdateOn)) {
            lastUpdateOn = writtenOn;
        }
        if (newStatus != null) {
            status = newStatus;
        }
        if (newRag != null) {
            rag = newRag;
        }
        changedBy(author, at);
        return update;
    }

    private void apply(ActionDetails details, String by, Instant at) {
        this.description = DomainRuleViolation.requireText(
                details.description(), "action-description-required", "What the action is");
        this.owner = details.owner();
        this.status =
                details.status() == null ? (status == null ? ActionStatus.NOT_STARTED : status) : details.status();
        this.rag = details.rag() == null ? rag : details.rag();
        changedBy(by, at);
    }

    /** Days the due date has moved since it was first set: positive when later, 0 when unmoved or undated. */
    public long slippageDays() {
        return originalDue == null || due == null ? 0 : ChronoUnit.DAYS.between(originalDue, due);
    }

    /** Past its due date and neither complete nor dropped. */
    public boolean isOverdue(LocalDate today) {
        return due != null && due.isBefore(today) && status.isOpen();
    }

    /** The day of the latest progress update, if there is one. */
    public Optional<LocalDate> lastUpdatedOn() {
        return Optional.ofNullable(lastUpdateOn);
    }

    private static String describe(LocalDate date) {
        return date == null ? "no date" : HumanDate.of(date);
    }

    public String councilCode() {
        return councilCode;
    }

    public CouncilResponse response() {
        return response;
    }

    public int listOrder() {
        return listOrder;
    }

    public String description() {
        return description;
    }

    public Optional<ActionOwner> owner() {
        return Optional.ofNullable(owner);
    }

    /** A user owner's name or the owner as typed, else null. */
    public String ownerName() {
        return owner == null ? null : owner.name();
    }

    public String ownerRole() {
        return owner == null ? null : owner.role();
    }

    public LocalDate originalDue() {
        return originalDue;
    }

    public LocalDate due() {
        return due;
    }

    public ActionStatus status() {
        return status;
    }

    public Rag rag() {
        return rag;
    }

    public List<DueDateChange> dueDateChanges() {
        return Collections.unmodifiableList(dueDateChanges);
    }

    public List<ProgressUpdate> updates() {
        return Collections.unmodifiableList(updates);
    }
}
