package uk.gov.lga.hub.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import uk.gov.lga.hub.domain.shared.Identified;

/**
 * One thing told to one person, decided once (its key is unique) and then delivered: mailed now with retries, in a
 * digest, or only listed in the Hub. It stays in the person's notification centre until they mark it done.
 */
@Entity
@Table(name = "notification")
public class Notification extends Identified {

    /** Waits between attempts double from the first (a minute in production) up to an hour. */
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(updatable = false)
    private String email;

    /** The council and challenge it is about; a region's digest names its region instead. */
    @Column(name = "about_council", updatable = false)
    private String councilCode;

    @Column(name = "challenge_id", updatable = false)
    private Long challengeId;

    @Column(name = "region_code", updatable = false)
    private String regionCode;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private boolean urgent;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false, updatable = false)
    private String bodyHtml;

    @Column(nullable = false, updatable = false)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Delivery delivery;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected Notification() {}

    /** What was decided: the message, who for, and how it is delivered. */
    public record Decided(
            String idempotencyKey,
            String recipient,
            String email,
            String councilCode,
            Long challengeId,
            String regionCode,
            String kind,
            boolean urgent,
            Message message,
            Delivery delivery) {}

    /** The words of a notification: a subject, plain text and HTML bodies, and the page to act on. */
    public record Message(String subject, String text, String html, String link) {}

    public Notification(Decided decided, Instant at) {
        this.idempotencyKey = decided.idempotencyKey();
        this.recipient = decided.recipient();
        this.email = decided.email();
        this.councilCode = decided.councilCode();
        this.challengeId = decided.challengeId();
        this.regionCode = decided.regionCode();
        this.kind = decided.kind();
        this.urgent = decided.urgent();
        this.subject = decided.message().subject();
        this.bodyText = decided.message().text();
        this.bodyHtml = decided.message().html();
        this.link = decided.message().link();
        this.delivery = decided.delivery();
        this.createdAt = at;
        // Only mail sent now joins the sender's queue; nobody can mail a person with no address.
        this.nextAttemptAt = delivery == Delivery.NOW && hasEmail() ? at : null;
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public void sent(Instant at) {
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * A failed attempt: try again later, waiting twice as long each time, up to an hour, so a mail server that is
     * down delays mail and loses none.
     */
    public void failed(String why, Instant at, Duration firstRetry) {
        attempts++;
        lastError = why == null ? "unknown" : why.substring(0, Math.min(why.length(), 500));
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 10));
        nextAttemptAt = at.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    public void markDone(Instant at) {
        if (doneAt == null) {
            doneAt = at;
        }
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String recipient() {
        return recipient;
    }

    public String email() {
        return email;
    }

    public String councilCode() {
        return councilCode;
    }

    public Long challengeId() {
        return challengeId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String kind() {
        return kind;
    }

    public boolean urgent() {
        return urgent;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String link() {
        return link;
    }

    public Delivery delivery() {
        return delivery;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
