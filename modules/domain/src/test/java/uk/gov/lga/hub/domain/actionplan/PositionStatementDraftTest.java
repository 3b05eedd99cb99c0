package uk.gov.lga.hub.domain.actionplan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.IssuedChallenges;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.response.ActionDetails;
import uk.gov.lga.hub.domain.response.ActionStatus;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.response.PlanAction;

class PositionStatementDraftTest {

    @Test
    void theDraftTellsEachRecommendationsResponseActionsAndLatestUpdate() {
        PeerChallenge challenge = IssuedChallenges.coventry2024();
        CouncilResponse response = IssuedChallenges.answer(challenge, 0);
        PlanAction action = response.addAction(
                new ActionDetails(
                        "Publish the City Centre Vision 2050",
                        "Andy Williams",
                        null,
                        LocalDate.of(2024, 7, 31),
                        null,
                        null),
                "coventry-editor",
                IssuedChallenges.NOW);
        action.revise(
                new ActionDetails(
                        "Publish the City Centre Vision 2050",
                        "Andy Williams",
                        null,
                        LocalDate.of(2024, 9, 30),
                        null,
                        null),
                "Consultation extended",
                "coventry-editor",
                IssuedChallenges.NOW);
        action.recordUpdate(
                LocalDate.of(2024, 6, 1),
                "Consultation open.",
                ActionStatus.IN_PROGRESS,
                null,
                "coventry-editor",
                Instant.parse("2024-06-01T10:00:00Z"));
        action.recordUpdate(
                LocalDate.of(2024, 9, 20),
                "Adopted by Cabinet.",
                null,
                null,
                "coventry-editor",
                Instant.parse("2024-09-20T10:00:00Z"));

        String draft = PositionStatementDraft.assemble(challenge, List.of(response));
        assertTrue(draft.contains("on site 15 January 2024 to 18 January 2024"), draft);
        assertTrue(draft.contains("2.1 City Centre\nOur response (accepted): We accept this recommendation."), draft);
        assertTrue(
                draft.contains("- Publish the City Centre Vision 2050 (in progress; owner Andy Williams;"
                        + " due 30 September 2024, first due 31 July 2024)"),
                draft);
        assertTrue(draft.contains("Latest update, 20 September 2024: Adopted by Cabinet."), draft);
        assertTrue(!draft.contains("Consultation open."), "only the latest update");
        assertTrue(draft.contains("2.2 Workforce\nNo response recorded yet."), draft);
    }
}
