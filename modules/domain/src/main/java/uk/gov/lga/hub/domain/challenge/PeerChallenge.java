package uk.gov.lga.hub.domain.challenge;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.recommendation.KeyRecommendation;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;

/**
 * A peer challenge at one council: the aggregate root for its visit, scope, peer team, key recommendations and
 * progress review. Every change goes through a method here so the rules are checked in one place.
 */
@Entity
@Table(name = "peer_challenge")
public class PeerChallenge {

    @Id
    @SequenceGenerator(name = "hub_id", sequenceName = "hub_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "council_id")
    private Council council;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChallengeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "theme_framework", nullable = false)
    private ThemeFramework framework;

    @Embedded
    private OnSiteVisit visit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChallengeStatus status;

    @ManyToMany
    @JoinTable(name = "peer_challenge_scope",
            joinColumns = @JoinColumn(name = "challenge_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_code"))
    @OrderBy("displayOrder")
    private List<Theme> scope = new ArrayList<>();

    @OneToMany(mappedBy = "challenge", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listOrder")
    private List<PeerTeamMember> team = new ArrayList<>();

    @OneToMany(mappedBy = "challenge", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listOrder")
    private List<KeyRecommendation> recommendations = new ArrayList<>();

    @Embedded
    private ProgressReview progressReview;

    @Version
    private long version;

    protected PeerChallenge() {
    }

    private PeerChallenge(Council council, ChallengeKind kind, ThemeFramework framework, OnSiteVisit visit) {
        DomainRuleViolation.require(council != null, "challenge-council-required", "A challenge needs its council.");
        DomainRuleViolation.require(visit != null, "visit-dates-required", "A challenge needs its on-site dates.");
        this.council = council;
        this.kind = kind;
        this.framework = framework;
        this.visit = visit;
        this.status = ChallengeStatus.PROPOSED;
    }

    /** A new Corporate Peer Challenge, proposed for the given visit and looking at the framework's core themes. */
    public static PeerChallenge propose(Council council, ThemeFramework framework, OnSiteVisit visit,
                                        Collection<Theme> coreThemesOfFramework) {
        PeerChallenge challenge = new PeerChallenge(council, ChallengeKind.CORPORATE_PEER_CHALLENGE, framework, visit);
        DomainRuleViolation.require(!coreThemesOfFramework.isEmpty()
                        && coreThemesOfFramework.stream().allMatch(t -> t.isCore() && t.framework() == framework),
                "scope-core-themes", "A challenge always looks at every core theme of its framework.");
        challenge.scope.addAll(coreThemesOfFramework);
        return challenge;
    }

    /** Adds a focus area the council asked the peers to look at, e.g. Transformation. */
    public void addFocusArea(Theme focusArea) {
        DomainRuleViolation.require(!focusArea.isCore(), "focus-area-not-core",
                focusArea.name() + " is a core theme, not a focus area.");
        if (!scope.contains(focusArea)) {
            scope.add(focusArea);
        }
    }

    public PeerTeamMember addTeamMember(String name, TeamRole role, String position, String homeOrganisation,
                                        String politicalGroup) {
        PeerTeamMember member = new PeerTeamMember(this, team.size() + 1, name, role, position, homeOrganisation,
                politicalGroup);
        team.add(member);
        return member;
    }

    /** Adds a key recommendation; once the report is issued its recommendations are fixed. */
    public KeyRecommendation addRecommendation(String number, String title, String text, Collection<Theme> themes) {
        DomainRuleViolation.require(!status.reportIssued(), "report-already-issued",
                "The report has been issued; its recommendations can no longer change.");
        DomainRuleViolation.require(recommendations.stream().noneMatch(r -> r.number().equals(number.strip())),
                "recommendation-number-taken", "This report already has a recommendation numbered " + number + ".");
        DomainRuleViolation.require(scope.containsAll(themes), "recommendation-theme-out-of-scope",
                "A recommendation's themes must be within the challenge's scope.");
        KeyRecommendation recommendation = new KeyRecommendation(this, recommendations.size() + 1, number, title,
                text, themes);
        recommendations.add(recommendation);
        return recommendation;
    }

    /** Moves the challenge along its lifecycle, refusing any move the lifecycle does not allow. */
    public void moveTo(ChallengeStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStatusMove(status, next);
        }
        status = next;
    }

    public void planProgressReview(LocalDate date) {
        progressReview = ProgressReview.plannedFor(visit, date);
    }

    public void recordProgressReviewHeld(LocalDate date) {
        DomainRuleViolation.require(progressReview != null, "progress-review-not-planned",
                "Plan the progress review before recording that it was held.");
        progressReview = progressReview.heldOn(visit, date);
    }

    public LocalDate proposedProgressReviewDate() {
        return ProgressReview.proposedDate(visit);
    }

    public LocalDate nextChallengeDue() {
        return FiveYearCycle.nextDue(visit.endDate());
    }

    public Long id() {
        return id;
    }

    public Council council() {
        return council;
    }

    public ChallengeKind kind() {
        return kind;
    }

    public ThemeFramework framework() {
        return framework;
    }

    public OnSiteVisit visit() {
        return visit;
    }

    public ChallengeStatus status() {
        return status;
    }

    public List<Theme> scope() {
        return List.copyOf(scope);
    }

    public List<PeerTeamMember> team() {
        return List.copyOf(team);
    }

    public List<KeyRecommendation> recommendations() {
        return List.copyOf(recommendations);
    }

    /** Empty until a progress review is planned. */
    public java.util.Optional<ProgressReview> progressReview() {
        return java.util.Optional.ofNullable(progressReview)
                .filter(review -> review.plannedDate() != null || review.heldDate() != null);
    }

    public long version() {
        return version;
    }
}
