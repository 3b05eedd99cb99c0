package uk.gov.lga.hub.domain.challenge.timetable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import uk.gov.lga.hub.domain.challenge.OnSiteVisit;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.HumanDate;
import uk.gov.lga.hub.domain.shared.Identified;

/**
 * One session of the peer team's time on site: an interview, a focus group, a site visit. Team data about the
 * challenge (the LGA's, not the council's); written by its manager, never changed, only taken off.
 */
@Entity
@Table(name = "visit_session")
public class VisitSession extends Identified {

    public static final int MAX_TEXT = 500;

    @ManyToOne(optional = false)
    @JoinColumn(name = "challenge_id", updatable = false)
    private PeerChallenge challenge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SessionKind kind;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private LocalDateTime endsAt;

    @Column(nullable = false, updatable = false)
    private String place;

    @Column(nullable = false, updatable = false)
    private String who;

    @Column(name = "people_met", nullable = false, updatable = false)
    private int peopleMet;

    protected VisitSession() {}

    /** Local times at the council; the session falls within the challenge's on-site days. */
    public VisitSession(
            PeerChallenge challenge,
            SessionKind kind,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String place,
            String who,
            int peopleMet) {
        DomainRuleViolation.require(kind != null, "session-kind-required", "Say what kind of session this is.");
        DomainRuleViolation.require(
                startsAt != null && endsAt != null, "session-times-required", "A session needs its start and end.");
        DomainRuleViolation.require(
                endsAt.isAfter(startsAt), "session-ends-before-start", "A session must end after it starts.");
        OnSiteVisit visit = challenge.visit();
        DomainRuleViolation.require(
                !startsAt.toLocalDate().isBefore(visit.startDate())
                        && !endsAt.toLocalDate().isAfter(visit.endDate()),
                "session-outside-visit",
                "A session must fall within the on-site days (" + HumanDate.of(visit.startDate()) + " to "
                        + HumanDate.of(visit.endDate()) + ").");
        DomainRuleViolation.require(
                peopleMet >= 0, "session-people-met-negative", "The number of people met cannot be negative.");
        this.challenge = challenge;
        this.kind = kind;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = text(place, "session-place-required", "The place");
        this.who = text(who, "session-who-required", "Who the team met");
        this.peopleMet = peopleMet;
    }

    private static String text(String value, String rule, String what) {
        String given = DomainRuleViolation.requireText(value, rule, what);
        DomainRuleViolation.require(
                given.length() <= MAX_TEXT,
                rule.replace("required", "too-long"),
                what + " is at most " + MAX_TEXT + " characters.");
        return given;
    }

    public PeerChallenge challenge() {
        return challenge;
    }

    public SessionKind kind() {
        return kind;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public String who() {
        return who;
    }

    public int peopleMet() {
        return peopleMet;
    }
}
