package uk.gov.lga.hub.application.peer;

import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.PeerTeamMember;
import uk.gov.lga.hub.domain.challenge.TeamRole;

/** A person in the directory with the challenges they served on (from the teams, most recent visit first). */
public record PeerHistory(PeerView peer, List<TeamPlace> challenges) {

    /** One team place, as the team recorded the person then. */
    public record TeamPlace(
            long challengeId,
            String councilCode,
            String councilName,
            LocalDate onSiteStart,
            LocalDate onSiteEnd,
            ChallengeStatus status,
            TeamRole role,
            String position,
            String organisation) {

        static TeamPlace of(PeerTeamMember member) {
            var challenge = member.challenge();
            return new TeamPlace(
                    challenge.id(),
                    challenge.council().code(),
                    challenge.council().name(),
                    challenge.visit().startDate(),
                    challenge.visit().endDate(),
                    challenge.status(),
                    member.role(),
                    member.position(),
                    member.homeOrganisation());
        }
    }
}
