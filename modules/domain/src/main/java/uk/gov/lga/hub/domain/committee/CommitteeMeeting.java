package uk.gov.lga.hub.domain.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.shared.AttributedRecord;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.HumanDate;
import uk.gov.lga.hub.domain.shared.WebAddress;

/**
 * A meeting of one of the council's committees (Scrutiny, Cabinet, Full Council…) that considered the report,
 * the action plan or the progress review, with what it resolved and where its minutes are.
 */
@Entity
@Table(name = "committee_meeting")
public class CommitteeMeeting extends AttributedRecord {

    @Column(name = "council_code", insertable = false, updatable = false)
    private String councilCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "challenge_id", updatable = false)
    private PeerChallenge challenge;

    @Column(nullable = false)
    private String committee;

    @Column(name = "met_on", nullable = false)
    private LocalDate metOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Considered considered;

    private String resolution;

    @Column(name = "minutes_url")
    private String minutesUrl;

    protected CommitteeMeeting() {}

    public CommitteeMeeting(
            PeerChallenge challenge,
            String committee,
            LocalDate metOn,
            Considered considered,
            String resolution,
            String minutesUrl,
            String by,
            Instant at) {
        this.challenge = challenge;
        revise(committee, metOn, considered, resolution, minutesUrl, by, at);
    }

    /** A committee considers what exists: nothing before the visit ended. */
    public void revise(
            String committee,
            LocalDate metOn,
            Considered considered,
            String resolution,
            String minutesUrl,
            String by,
            Instant at) {
        this.committee =
                DomainRuleViolation.requireText(committee, "meeting-committee-required", "The name of the committee");
        DomainRuleViolation.require(metOn != null, "meeting-date-required", "The date of the meeting is required.");
        DomainRuleViolation.require(
                !metOn.isBefore(challenge.visit().endDate()),
                "meeting-before-visit",
                "A committee can only consider the challenge after the visit ended ("
                        + HumanDate.of(challenge.visit().endDate()) + ").");
        DomainRuleViolation.require(
                considered != null,
                "meeting-considered-required",
                "Say what the meeting considered: the report, the action plan or the progress review.");
        this.metOn = metOn;
        this.considered = considered;
        this.resolution = resolution == null || resolution.isBlank() ? null : resolution.strip();
        this.minutesUrl = minutesUrl == null || minutesUrl.isBlank()
                ? null
                : WebAddress.require(
                        minutesUrl,
                        "meeting-minutes-url-invalid",
                        "Give the web address of the minutes, starting with https://.");
        changedBy(by, at);
    }

    public String councilCode() {
        return councilCode;
    }

    public PeerChallenge challenge() {
        return challenge;
    }

    public String committee() {
        return committee;
    }

    public LocalDate metOn() {
        return metOn;
    }

    public Considered considered() {
        return considered;
    }

    public String resolution() {
        return resolution;
    }

    public String minutesUrl() {
        return minutesUrl;
    }
}
