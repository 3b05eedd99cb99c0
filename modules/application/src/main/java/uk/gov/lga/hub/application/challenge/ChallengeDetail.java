package uk.gov.lga.hub.application.challenge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.gov.lga.hub.application.council.CouncilSummary;
import uk.gov.lga.hub.domain.challenge.ChallengeKind;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.OnSiteVisit;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerTeamMember;
import uk.gov.lga.hub.domain.challenge.ProgressReview;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.recommendation.KeyRecommendation;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;
import uk.gov.lga.hub.domain.theme.ThemeKind;

/** Everything about one challenge that its readers see: visit, scope, team, recommendations, progress review. */
public record ChallengeDetail(long id, CouncilSummary council, ChallengeKind kind, ChallengeStatus status,
                              Set<ChallengeStatus> allowedMoves, ThemeFramework framework, Visit visit,
                              List<ThemeView> scope, List<TeamMember> team, List<Recommendation> recommendations,
                              Review progressReview, LocalDate nextChallengeDue, long version) {

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

    public record TeamMember(String name, TeamRole role, String position, String homeOrganisation,
                             String politicalGroup) {
        static TeamMember of(PeerTeamMember member) {
            return new TeamMember(member.name(), member.role(), member.position(), member.homeOrganisation(),
                    member.politicalGroup());
        }
    }

    public record Recommendation(long id, String number, String title, String text, List<String> themes) {
        static Recommendation of(KeyRecommendation recommendation) {
            return new Recommendation(recommendation.id(), recommendation.number(), recommendation.title(),
                    recommendation.text(), recommendation.themes().stream().map(Theme::code).toList());
        }
    }

    /** The proposed and latest dates always show; planned and held once recorded. */
    public record Review(LocalDate proposedDate, LocalDate latestDate, LocalDate plannedDate, LocalDate heldDate) {
    }

    public static ChallengeDetail of(PeerChallenge challenge) {
        OnSiteVisit visit = challenge.visit();
        Review review = new Review(ProgressReview.proposedDate(visit), ProgressReview.latestDate(visit),
                challenge.progressReview().map(ProgressReview::plannedDate).orElse(null),
                challenge.progressReview().map(ProgressReview::heldDate).orElse(null));
        return new ChallengeDetail(challenge.id(), CouncilSummary.of(challenge.council()), challenge.kind(),
                challenge.status(), challenge.status().allowedMoves(), challenge.framework(), Visit.of(visit),
                challenge.scope().stream().map(ThemeView::of).toList(),
                challenge.team().stream().map(TeamMember::of).toList(),
                challenge.recommendations().stream().map(Recommendation::of).toList(),
                review, challenge.nextChallengeDue(), challenge.version());
    }
}
