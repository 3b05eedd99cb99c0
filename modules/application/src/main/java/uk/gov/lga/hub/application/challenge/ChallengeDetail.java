package uk.gov.lga.hub.application.challenge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.lga.hub.application.council.CouncilSummary;
import uk.gov.lga.hub.domain.challenge.ChallengeKind;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.ChallengeStep;
import uk.gov.lga.hub.domain.challenge.ChallengeTasks;
import uk.gov.lga.hub.domain.challenge.Deadline;
import uk.gov.lga.hub.domain.challenge.FeedbackReport;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.challenge.OnSiteVisit;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerTeamMember;
import uk.gov.lga.hub.domain.challenge.ProgressReview;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.challenge.PublicationRules;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.shared.Rag;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;
import uk.gov.lga.hub.domain.theme.ThemeKind;

/**
 * Everything about one challenge that its readers see: visit and schedule, scope, team, the feedback report and
 * its recommendations, publications and their clocks, and the progress review.
 */
public record ChallengeDetail(
        long id,
        CouncilSummary council,
        ChallengeKind kind,
        ChallengeStatus status,
        Set<ChallengeStatus> allowedMoves,
        Set<ChallengeStatus> plainMoves,
        Set<ChallengeStep> allowedSteps,
        ThemeFramework framework,
        Visit visit,
        LocalDate positionStatementDue,
        List<String> schedulingWarnings,
        List<ThemeView> scope,
        List<TeamMember> team,
        Report report,
        List<Recommendation> recommendations,
        List<PublicationView> publications,
        List<Deadline> deadlines,
        List<ChallengeTasks.ChallengeTask> tasks,
        Review progressReview,
        LocalDate nextChallengeDue,
        long version) {

    public record Visit(LocalDate start, LocalDate end, int days, boolean usualLength) {
        static Visit of(OnSiteVisit visit) {
            return new Visit(visit.startDate(), visit.endDate(), visit.days(), visit.isUsualLength());
        }
    }

    public record ThemeView(String code, String name, ThemeKind kind) {
        static ThemeView of(Theme theme) {
            return new ThemeView(theme.code(), theme.name(), theme.kind());
        }
    }

    public record TeamMember(
            long id,
            String name,
            TeamRole role,
            String position,
            String homeOrganisation,
            String politicalGroup,
            String username) {
        static TeamMember of(PeerTeamMember member) {
            return new TeamMember(
                    member.id() == null ? 0 : member.id(),
                    member.name(),
                    member.role(),
                    member.position(),
                    member.homeOrganisation(),
                    member.politicalGroup(),
                    member.username());
        }
    }

    /** The feedback report's words; {@code issuedOn} is empty while it is a draft. */
    public record Report(String executiveSummary, Map<String, String> themeFeedback, LocalDate issuedOn) {
        static Report of(FeedbackReport report) {
            return new Report(report.executiveSummary(), report.themeFeedback(), report.issuedOn());
        }
    }

    public record Recommendation(long id, String number, String title, String text, List<String> themes) {
        static Recommendation of(KeyRecommendation recommendation) {
            return new Recommendation(
                    recommendation.id(),
                    recommendation.number(),
                    recommendation.title(),
                    recommendation.text(),
                    recommendation.themes().stream().map(Theme::code).toList());
        }
    }

    public record PublicationView(long id, PublicationKind kind, LocalDate publishedOn, String publicUrl) {}

    public record RecommendationRating(long recommendationId, String number, Rag rag, String feedback) {}

    /** The proposed and latest dates always show; the rest once recorded. */
    public record Review(
            LocalDate proposedDate,
            LocalDate latestDate,
            LocalDate plannedDate,
            LocalDate heldDate,
            List<String> attendees,
            String summary,
            List<RecommendationRating> ratings) {}

    /** Whether the manager may take this step now; pages show a step's form only when it is. */
    /** The part of the task list to work on now; empty while waiting for the visit and once finished. */
    public Optional<ChallengeTasks.ChallengeTask> nextTask() {
        return new ChallengeTasks(tasks).next();
    }

    public boolean allows(ChallengeStep step) {
        return allowedSteps.contains(step);
    }

    /** The same detail without its report's words, for a writer that sends the report from a cache of its own. */
    public ChallengeDetail withoutReport() {
        return new ChallengeDetail(
                id,
                council,
                kind,
                status,
                allowedMoves,
                plainMoves,
                allowedSteps,
                framework,
                visit,
                positionStatementDue,
                schedulingWarnings,
                scope,
                team,
                null,
                recommendations,
                publications,
                deadlines,
                tasks,
                progressReview,
                nextChallengeDue,
                version);
    }

    public static ChallengeDetail of(PeerChallenge challenge, PublicationRules rules, LocalDate today) {
        OnSiteVisit visit = challenge.visit();
        List<Deadline> deadlines = challenge.deadlines(rules, today);
        Optional<ProgressReview> planned = challenge.progressReview();
        Review review = new Review(
                ProgressReview.proposedDate(visit),
                ProgressReview.latestDate(visit),
                planned.map(ProgressReview::plannedDate).orElse(null),
                planned.map(ProgressReview::heldDate).orElse(null),
                planned.map(ProgressReview::attendees).orElse(List.of()),
                planned.map(ProgressReview::summary).orElse(null),
                challenge.recommendationProgress().stream()
                        .map(p -> new RecommendationRating(
                                p.recommendation().id(), p.recommendation().number(), p.rag(), p.feedback()))
                        .toList());
        return new ChallengeDetail(
                challenge.id(),
                CouncilSummary.of(challenge.council()),
                challenge.kind(),
                challenge.status(),
                challenge.status().allowedMoves(),
                challenge.status().plainMoves(),
                challenge.allowedSteps(),
                challenge.framework(),
                Visit.of(visit),
                challenge.positionStatementDue(),
                challenge.schedulingWarnings(),
                challenge.scope().stream().map(ThemeView::of).toList(),
                challenge.team().stream().map(TeamMember::of).toList(),
                Report.of(challenge.report()),
                challenge.recommendations().stream().map(Recommendation::of).toList(),
                challenge.publications().stream()
                        .map(p -> new PublicationView(
                                p.id() == null ? 0 : p.id(), p.kind(), p.publishedOn(), p.publicUrl()))
                        .toList(),
                deadlines,
                ChallengeTasks.of(challenge, deadlines).tasks(),
                review,
                challenge.nextChallengeDue(),
                challenge.version());
    }
}
