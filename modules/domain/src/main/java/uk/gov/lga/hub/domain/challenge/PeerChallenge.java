package uk.gov.lga.hub.domain.challenge;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.HumanDate;
import uk.gov.lga.hub.domain.shared.Identified;
import uk.gov.lga.hub.domain.theme.FocusAreaMerge;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;

/**
 * A peer challenge at one council: the aggregate root for its visit, scope, peer team, key recommendations and
 * progress review. Every change goes through a method here so the rules are checked in one place.
 */
@Entity
@Table(name = "peer_challenge")
public class PeerChallenge extends Identified {

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
    @JoinTable(
            name = "peer_challenge_scope",
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
    private ProgressReview progressReview = ProgressReview.notPlanned();

    @Column(name = "position_statement_due")
    private LocalDate positionStatementDue;

    /** Never null, like the progress review: both hold collections, which EclipseLink cannot read as absent. */
    @Embedded
    private FeedbackReport report = FeedbackReport.blank();

    @OneToMany(mappedBy = "challenge", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("publishedOn ASC, id ASC")
    private List<Publication> publications = new ArrayList<>();

    @OneToMany(mappedBy = "challenge", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RecommendationProgress> recommendationProgress = new ArrayList<>();

    @Version
    private long version;

    protected PeerChallenge() {}

    private PeerChallenge(Council council, ChallengeKind kind, ThemeFramework framework, OnSiteVisit visit) {
        DomainRuleViolation.require(council != null, "challenge-council-required", "A challenge needs its council.");
        DomainRuleViolation.require(visit != null, "visit-dates-required", "A challenge needs its on-site dates.");
        this.council = council;
        this.kind = kind;
        this.framework = framework;
        this.visit = visit;
        this.status = ChallengeStatus.PROPOSED;
        this.positionStatementDue = visit.defaultPositionStatementDue();
    }

    /** A new Corporate Peer Challenge, proposed for the given visit and looking at the framework's core themes. */
    public static PeerChallenge propose(
            Council council, ThemeFramework framework, OnSiteVisit visit, Collection<Theme> coreThemesOfFramework) {
        PeerChallenge challenge = new PeerChallenge(council, ChallengeKind.CORPORATE_PEER_CHALLENGE, framework, visit);
        DomainRuleViolation.require(
                !coreThemesOfFramework.isEmpty()
                        && coreThemesOfFramework.stream().allMatch(t -> t.isCore() && t.framework() == framework),
                "scope-core-themes",
                "A challenge always looks at every core theme of its framework.");
        challenge.scope.addAll(coreThemesOfFramework);
        return challenge;
    }

    /** Moves the visit (before it happens) and the statement's due date (default two weeks before), if sure. */
    public List<String> reschedule(OnSiteVisit newVisit, LocalDate newPositionStatementDue, UnusualDates check) {
        ChallengeStep.MOVE_VISIT.requireAllowedIn(status);
        check.requireConfirmedVisit(newVisit);
        LocalDate due =
                newPositionStatementDue == null ? newVisit.defaultPositionStatementDue() : newPositionStatementDue;
        DomainRuleViolation.require(
                due.isBefore(newVisit.startDate()),
                "position-statement-after-visit-start",
                "The position statement must be due before the visit starts (" + HumanDate.of(newVisit.startDate())
                        + ").");
        this.visit = newVisit;
        this.positionStatementDue = due;
        return schedulingWarnings();
    }

    /** What is unusual about the visit, confirmed by the manager, shown while it matters. */
    public List<String> schedulingWarnings() {
        return UnusualDates.ofLength(visit);
    }

    /** Names the kept focus area wherever the merged one was named, in any state: nothing said changes. */
    public void mergeTheme(FocusAreaMerge merge) {
        merge.replaceIn(scope);
        recommendations.forEach(r -> r.mergeTheme(merge));
        report = report.withThemeMerged(merge);
    }

    /** Adds a focus area the council asked the peers to look at, e.g. Transformation. */
    public void addFocusArea(Theme focusArea) {
        DomainRuleViolation.require(
                !focusArea.isCore(), "focus-area-not-core", focusArea.name() + " is a core theme, not a focus area.");
        if (!scope.contains(focusArea)) {
            scope.add(focusArea);
        }
    }

    /** @param username the peer's sign-in name, which lets them read this challenge (and no other) */
    public PeerTeamMember addTeamMember(
            String name,
            TeamRole role,
            String position,
            String homeOrganisation,
            String politicalGroup,
            String username) {
        ChallengeStep.CHANGE_TEAM.requireAllowedIn(status);
        DomainRuleViolation.require(
                username == null || team.stream().noneMatch(m -> username.equals(m.username())),
                "peer-already-on-team",
                username + " is already on this team.");
        PeerTeamMember member = new PeerTeamMember(
                this,
                Places.after(team, PeerTeamMember::listOrder),
                name,
                role,
                position,
                homeOrganisation,
                politicalGroup,
                username);
        team.add(member);
        return member;
    }

    public void removeTeamMember(long memberId) {
        ChallengeStep.CHANGE_TEAM.requireAllowedIn(status);
        DomainRuleViolation.require(
                team.removeIf(m -> m.id() != null && m.id() == memberId),
                "team-member-unknown",
                "There is no such member on this team.");
    }

    /** A peer on this challenge's team may read it, and only it. */
    public boolean grantsReadTo(String username) {
        return username != null && team.stream().anyMatch(m -> username.equals(m.username()));
    }

    /** Adds a key recommendation; once the report is issued its recommendations are fixed. */
    public KeyRecommendation addRecommendation(String number, String title, String text, Collection<Theme> themes) {
        requireFits(null, number, themes);
        KeyRecommendation recommendation = new KeyRecommendation(
                this, Places.after(recommendations, KeyRecommendation::listOrder), number, title, text, themes);
        recommendations.add(recommendation);
        return recommendation;
    }

    public KeyRecommendation reviseRecommendation(
            long recommendationId, String number, String title, String text, Collection<Theme> themes) {
        KeyRecommendation recommendation = recommendation(recommendationId);
        requireFits(recommendation, number, themes);
        recommendation.revise(number, title, text, themes);
        return recommendation;
    }

    /** A draft report's recommendation has a number of its own and themes within the scope. */
    private void requireFits(KeyRecommendation other, String number, Collection<Theme> themes) {
        requireDraftReport();
        String wanted = number == null ? null : number.strip();
        DomainRuleViolation.require(
                recommendations.stream().noneMatch(r -> r != other && r.number().equals(wanted)),
                "recommendation-number-taken",
                "This report already has a recommendation numbered " + number + ".");
        DomainRuleViolation.require(
                scope.containsAll(themes),
                "recommendation-theme-out-of-scope",
                "A recommendation's themes must be within the challenge's scope.");
    }

    public void removeRecommendation(long recommendationId) {
        requireDraftReport();
        recommendations.remove(recommendation(recommendationId));
    }

    public KeyRecommendation recommendation(long recommendationId) {
        return recommendations.stream()
                .filter(r -> r.id() != null && r.id() == recommendationId)
                .findFirst()
                .orElseThrow(() -> new DomainRuleViolation(
                        "recommendation-unknown", "This challenge has no recommendation " + recommendationId + "."));
    }

    /** The feedback report's words: the executive summary and feedback per theme of the scope. */
    public void writeReport(String summary, Map<String, String> feedbackByTheme) {
        requireDraftReport();
        report = report.rewritten(summary, feedbackByTheme, scope);
    }

    private void requireDraftReport() {
        ChallengeStep.CHANGE_REPORT.requireAllowedIn(status);
    }

    /** Moves the challenge along its lifecycle, refusing any move the lifecycle does not allow (from here). */
    public void move(ChallengeStatus next) {
        status.requireMoveTo(next);
        next.requirePlainMove();
        moveTo(next);
    }

    void moveTo(ChallengeStatus next) {
        status.requireMoveTo(next);
        status = next;
    }

    /** Issues the report: its recommendations are fixed, and a progress review proposed if none is planned. */
    public void issueReport(LocalDate issuedOn) {
        ChallengeStep.ISSUE_REPORT.requireAllowedIn(status);
        report = report.issuedOn(issuedOn, visit, recommendations.size());
        if (progressReview().isEmpty()) {
            progressReview = ProgressReview.plannedFor(visit, proposedProgressReviewDate());
        }
        moveTo(ChallengeStatus.REPORT_ISSUED);
    }

    /** Records a publication, freezing what was published; the two reports' publications move the challenge on. */
    public Publication publish(
            PublicationKind kind,
            LocalDate publishedOn,
            String publicUrl,
            String frozenContent,
            String recordedBy,
            Instant recordedAt) {
        DomainRuleViolation.require(
                publication(kind).isEmpty(),
                "already-published",
                "This challenge's " + kind.name().toLowerCase().replace('_', ' ')
                        + " is already recorded as published.");
        kind.movesChallengeTo().ifPresent(status::requireMoveTo);
        ChallengeStep.RECORD_PUBLICATION.requireAllowedIn(status);
        Publication publication =
                new Publication(this, kind, publishedOn, publicUrl, frozenContent, recordedBy, recordedAt);
        publications.add(publication);
        kind.movesChallengeTo().ifPresent(this::moveTo);
        return publication;
    }

    public Optional<Publication> publication(PublicationKind kind) {
        return publications.stream().filter(p -> p.kind() == kind).findFirst();
    }

    /** Plans (or moves) the progress review: never beyond twelve months after the visit, rarely within six. */
    public void scheduleProgressReview(LocalDate date, UnusualDates check) {
        ChallengeStep.SCHEDULE_PROGRESS_REVIEW.requireAllowedIn(status);
        ProgressReview planned = ProgressReview.plannedFor(visit, date);
        check.requireConfirmedProgressReview(visit, date);
        progressReview = planned;
        if (status == ChallengeStatus.PUBLISHED) {
            moveTo(ChallengeStatus.PROGRESS_REVIEW_SCHEDULED);
        }
    }

    /** The peers' return visit took place: who came, what they said overall and per recommendation (RAG). */
    public void recordProgressReview(
            LocalDate heldOn,
            List<String> attendees,
            String summary,
            Map<Long, ProgressFeedback> feedbackByRecommendation) {
        ChallengeStep.RECORD_PROGRESS_REVIEW.requireAllowedIn(status);
        progressReview = progressReview.held(visit, heldOn, attendees, summary);
        recommendationProgress.clear();
        feedbackByRecommendation.forEach((id, feedback) -> recommendationProgress.add(
                new RecommendationProgress(this, recommendation(id), feedback.rag(), feedback.comment())));
        moveTo(ChallengeStatus.PROGRESS_REVIEW_HELD);
    }

    /** Each publication clock, as it stands on the given day. */
    public List<Deadline> deadlines(PublicationRules rules, LocalDate today) {
        return rules.deadlines(status, visit.endDate(), Publication.datesOf(publications), today);
    }

    public LocalDate proposedProgressReviewDate() {
        return ProgressReview.proposedDate(visit);
    }

    public LocalDate nextChallengeDue() {
        return FiveYearCycle.nextDue(visit.endDate());
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
    public Optional<ProgressReview> progressReview() {
        return Optional.ofNullable(progressReview)
                .filter(review -> review.plannedDate() != null || review.heldDate() != null);
    }

    public long version() {
        return version;
    }

    public LocalDate positionStatementDue() {
        return positionStatementDue;
    }

    public FeedbackReport report() {
        return report;
    }

    /** What a manager may do with the challenge now, besides the plain moves of {@link ChallengeStatus#plainMoves}. */
    public Set<ChallengeStep> allowedSteps() {
        return ChallengeStep.allowedNow(status);
    }

    public List<Publication> publications() {
        return List.copyOf(publications);
    }

    public List<RecommendationProgress> recommendationProgress() {
        return List.copyOf(recommendationProgress);
    }
}
