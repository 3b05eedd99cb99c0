package uk.gov.lga.hub.application.challenge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.ProgressReview;
import uk.gov.lga.hub.domain.theme.Theme;

/**
 * What the council's audit trail keeps of a challenge before and after a manager's step: its content, so a
 * reader can see what changed without the service's bookkeeping.
 */
public record ChallengeSnapshot(
        String status,
        LocalDate onSiteStart,
        LocalDate onSiteEnd,
        LocalDate positionStatementDue,
        List<String> scope,
        List<String> team,
        String executiveSummary,
        Map<String, String> themeFeedback,
        List<String> recommendations,
        LocalDate reportIssuedOn,
        LocalDate progressReviewPlanned,
        LocalDate progressReviewHeld,
        List<String> publications) {

    static ChallengeSnapshot of(PeerChallenge c) {
        return new ChallengeSnapshot(
                c.status().name(),
                c.visit().startDate(),
                c.visit().endDate(),
                c.positionStatementDue(),
                c.scope().stream().map(Theme::name).toList(),
                c.team().stream()
                        .map(m -> m.name() + " (" + m.role() + ", " + m.homeOrganisation() + ")")
                        .toList(),
                c.report().executiveSummary(),
                c.report().themeFeedback(),
                c.recommendations().stream()
                        .map(r -> r.number() + " " + r.title() + ": " + r.text())
                        .toList(),
                c.report().issuedOn(),
                c.progressReview().map(ProgressReview::plannedDate).orElse(null),
                c.progressReview().map(ProgressReview::heldDate).orElse(null),
                c.publications().stream()
                        .map(p -> p.kind() + " on " + p.publishedOn() + " at " + p.publicUrl())
                        .toList());
    }
}
