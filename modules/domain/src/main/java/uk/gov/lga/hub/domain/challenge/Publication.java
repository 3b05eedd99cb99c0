package uk.gov.lga.hub.domain.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.HumanDate;
import uk.gov.lga.hub.domain.shared.Identified;
import uk.gov.lga.hub.domain.shared.WebAddress;

/**
 * That something of a challenge was published: when, where, and the version that was published, frozen so later
 * changes never alter what the public read.
 */
@Entity
@Table(name = "publication")
public class Publication extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "challenge_id")
    private PeerChallenge challenge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PublicationKind kind;

    @Column(name = "published_on", nullable = false, updatable = false)
    private LocalDate publishedOn;

    @Column(name = "public_url", nullable = false, updatable = false)
    private String publicUrl;

    /** The published content as JSON, exactly as it stood. */
    @Column(name = "frozen_content", updatable = false)
    private String frozenContent;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Publication() {}

    Publication(
            PeerChallenge challenge,
            PublicationKind kind,
            LocalDate publishedOn,
            String publicUrl,
            String frozenContent,
            String recordedBy,
            Instant recordedAt) {
        DomainRuleViolation.require(publishedOn != null, "publication-date-required", "Say when it was published.");
        DomainRuleViolation.require(
                !publishedOn.isBefore(challenge.visit().endDate()),
                "publication-before-visit",
                "Nothing can be published before the last on-site day ("
                        + HumanDate.of(challenge.visit().endDate()) + ").");
        this.challenge = challenge;
        this.kind = kind;
        this.publishedOn = publishedOn;
        this.publicUrl = WebAddress.require(
                publicUrl,
                "publication-url-invalid",
                "Give the public web address where it was published, starting with https://.");
        this.frozenContent = frozenContent;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public PeerChallenge challenge() {
        return challenge;
    }

    public PublicationKind kind() {
        return kind;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public String publicUrl() {
        return publicUrl;
    }

    public String frozenContent() {
        return frozenContent;
    }

    public String recordedBy() {
        return recordedBy;
    }

    /** The day each kind was published, for the publication clocks. */
    static Map<PublicationKind, LocalDate> datesOf(Collection<Publication> publications) {
        Map<PublicationKind, LocalDate> published = new EnumMap<>(PublicationKind.class);
        publications.forEach(p -> published.put(p.kind(), p.publishedOn()));
        return published;
    }
}
